import { describe, expect, it } from "vitest";
import { checkSandboxBlocks } from "./check-sandbox-blocks";
import { parseMarkdown } from "./parse-markdown";
import { findModeLine, parseSandboxMeta, setWorkloadMode } from "./sandbox-meta";

const problems = (markdown: string) => checkSandboxBlocks(parseMarkdown(markdown)).map((e) => `${e.line}: ${e.message}`);
const fence = (meta: string, code = 'print("hi")') => `\`\`\`python ${meta}\n${code}\n\`\`\``;

describe("sandbox fence options", () => {
  it("parses predict and modes", () => {
    expect(parseSandboxMeta("sandbox predict")).toMatchObject({ sandbox: true, predict: ["output", "time"], problems: [] });
    expect(parseSandboxMeta("sandbox predict=time")).toMatchObject({ predict: ["time"], problems: [] });
    expect(parseSandboxMeta("sandbox modes=threads,processes")).toMatchObject({ modes: ["threads", "processes"], problems: [] });
    expect(parseSandboxMeta("sandbox predict=speed").problems[0]).toMatch(/does not know "speed"/);
    expect(parseSandboxMeta("sandbox modes=threads").problems[0]).toMatch(/at least two/);
    expect(parseSandboxMeta("sandbox fast").problems[0]).toMatch(/unknown fence option "fast"/);
  });

  it("parses norun and varies, and refuses contradictions and values on flags", () => {
    expect(parseSandboxMeta("norun")).toMatchObject({ sandbox: false, norun: true, varies: false, problems: [] });
    expect(parseSandboxMeta("varies")).toMatchObject({ norun: false, varies: true, problems: [] });
    expect(parseSandboxMeta("sandbox varies predict=time")).toMatchObject({ sandbox: true, varies: true, predict: ["time"], problems: [] });
    expect(parseSandboxMeta("sandbox norun").problems).toEqual(["a fence cannot be both `sandbox` and `norun`"]);
    expect(parseSandboxMeta("norun varies").problems[0]).toMatch(/drop it from a `norun` fence/);
    expect(parseSandboxMeta("norun=yes").problems[0]).toMatch(/takes no value/);
    expect(parseSandboxMeta("raises")).toMatchObject({ sandbox: false, norun: false, raises: true, problems: [] });
    expect(parseSandboxMeta("raises varies")).toMatchObject({ raises: true, varies: true, problems: [] });
    expect(parseSandboxMeta("raises norun").problems[0]).toMatch(/both `raises` and `norun`/);
    expect(parseSandboxMeta("sandbox raises").problems[0]).toMatch(/must exit cleanly; use `raises` alone/);
    expect(parseSandboxMeta("no-run").problems[0]).toMatch(/unknown fence option "no-run" \(the options are sandbox, norun, raises, varies, predict, modes=\)/);
  });

  it("reports an unknown option on a plain python fence with its line", () => {
    expect(problems("Text.\n\n```python nrun\nprint(1)\n```")).toEqual(['3: unknown fence option "nrun" (the options are sandbox, norun, raises, varies, predict, modes=)']);
    expect(problems("```python norun\nx.append(1)\n```")).toEqual([]);
  });

  it("rewrites only the MODE line, keeping its quotes and comment", () => {
    const code = 'MODE = "threads"  # pick one\nprint(MODE)\nOTHER_MODE = "threads"';
    expect(findModeLine(code)).toEqual({ mode: "threads", count: 1 });
    expect(setWorkloadMode(code, "asyncio")).toBe('MODE = "asyncio"  # pick one\nprint(MODE)\nOTHER_MODE = "threads"');
  });

  it("reports a workload block without a fitting MODE line", () => {
    expect(problems(fence("sandbox modes=threads,asyncio", 'MODE = "threads"'))).toEqual([]);
    expect(problems(fence("sandbox modes=threads,asyncio"))[0]).toMatch(/needs a top-level line MODE/);
    expect(problems(fence("sandbox modes=threads,asyncio", 'MODE = "processes"'))[0]).toMatch(/not one of modes=threads,asyncio/);
    expect(problems(fence("sandbox modes=threads,asyncio", 'MODE = "threads"\nMODE = "asyncio"'))[0]).toMatch(/exactly one MODE line/);
  });

  it("reports a compare marker that pairs nothing, and predict blocks inside a pair", () => {
    expect(problems(`<!-- compare: A | B -->\n\n${fence("sandbox")}\n\n${fence("sandbox")}`)).toEqual([]);
    expect(problems(`<!-- compare -->\n\n${fence("sandbox")}\n\nSome prose.`)).toEqual(["1: a compare marker must be followed directly by two `python sandbox` fences"]);
    expect(problems(`<!-- compare -->\n\n${fence("sandbox predict")}\n\n${fence("sandbox")}`)[0]).toMatch(/cannot be part of a compare pair/);
  });
});
