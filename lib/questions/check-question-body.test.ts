import { describe, expect, it } from "vitest";
import { checkQuestionBody } from "./check-question-body";

describe("checkQuestionBody", () => {
  it("lists every problem of a body with its line, in the order the import reports them", () => {
    const body = [
      "Intro.", // 1
      "",
      "| Aspect | A | B |", // 3
      "|---|---|---|",
      "| x | 1 |", // 5
      "",
      "```python", // 7
      "def f(:", // 8
      "    pass",
      "```",
      "",
      "```quiz", // 12
      "kind: essay", // 13
      "prompt: Why?",
      "```",
      "",
      "```python sandbox predict=output", // 17
      "raise ValueError('no')",
      "```",
    ].join("\n");
    expect(checkQuestionBody(body)).toEqual([
      { line: 5, check: "table", message: "table row has 2 cells but the header has 3" },
      { line: 8, check: "python", message: "this python fence does not parse (line 1, column 7 of the code)" },
      { line: 13, check: "quiz", message: expect.stringMatching(/^quiz block: kind must be one of/) },
      { line: 17, check: "predict", message: "sandbox predict block: a predict block must run without error (exit status 1)" },
    ]);
  });

  it("reports a failing `python sandbox` fence, running it through the fence runner it is given", () => {
    const body = "Intro.\n\n```python sandbox\nprint(undefined_name)\n```\n\n```python\nfragment()\n```\n";
    expect(checkQuestionBody(body)).toEqual([
      {
        line: 3,
        check: "sandbox",
        message: "a `python sandbox` fence must run in the sandbox without error (NameError: name 'undefined_name' is not defined); fix it, or drop `sandbox`",
      },
    ]);
    const asked: string[] = [];
    const problems = checkQuestionBody(body, {
      runFence: (code) => {
        asked.push(code);
        return { exitCode: 0, stdout: "fine\n", stderr: "", failure: null, raised: false };
      },
    });
    // Only the sandbox fence must run; a plain fence that fails simply stays plain code.
    expect(asked).toEqual(["print(undefined_name)"]);
    expect(problems).toEqual([]);
  });

  it("reports an empty body and nothing else", () => {
    expect(checkQuestionBody("  \n")).toEqual([{ line: 1, check: "body", message: "the answer body is empty" }]);
  });

  it("runs predict blocks through the runner it is given", () => {
    const body = "```python sandbox predict=output\nprint(1)\nprint(2)\n```\n";
    const runs: string[] = [];
    const problems = checkQuestionBody(body, {
      run: (code) => {
        runs.push(code);
        return { stdout: "only one line\n", exitCode: 0, totalTime: 0 };
      },
    });
    expect(runs).toEqual(["print(1)\nprint(2)"]);
    expect(problems).toEqual([{ line: 1, check: "predict", message: "sandbox predict block: predict=output needs a program that prints at least two lines" }]);
  });
});
