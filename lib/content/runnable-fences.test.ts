import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse-markdown";
import { runFence, runsCleanly } from "./run-fence";
import { checkSandboxFencesRun, findRunnableFences } from "./runnable-fences";

const fence = (meta: string, code: string) => `\`\`\`python${meta ? ` ${meta}` : ""}\n${code}\n\`\`\``;

describe("which python fences get a Run button", () => {
  it("runs a fence the way the page does: deterministic, with the page's budget", () => {
    expect(runFence("import random\nprint(random.random())")).toEqual(runFence("import random\nprint(random.random())"));
    expect(runFence("while True:\n    pass").failure).toMatch(/instruction budget/);
  });

  it("counts a fence as clean when it exits 0, prints to stdout and nothing to stderr", () => {
    expect(runsCleanly(runFence("print('hi')"))).toBe(true);
    // a fragment, a block of definitions, a deliberate error, a thread that dies
    expect(runsCleanly(runFence("items.append(1)"))).toBe(false);
    expect(runsCleanly(runFence("def f():\n    return 1"))).toBe(false);
    expect(runsCleanly(runFence("print(1)\nraise ValueError('no')"))).toBe(false);
    expect(runsCleanly(runFence("import threading\nt = threading.Thread(target=lambda: 1 / 0)\nt.start(); t.join()\nprint('after')"))).toBe(false);
  });

  it("lists clean fences without options by their position among the python fences", () => {
    const markdown = [
      fence("", "print(1)"),
      fence("", "nums.sort()"),
      "```bash\necho not python\n```",
      fence("norun", "print('never run')"),
      fence("sandbox", "print('runnable by its option')"),
      fence("varies", "print(id(object()) > 0)"),
      "- In a list:\n\n  ```python\n  print(7)\n  ```",
    ].join("\n\n");
    expect(findRunnableFences(markdown)).toEqual([1, 5, 6]);
  });

  it("refuses a sandbox fence that fails, in any of its modes, with the fence's line", () => {
    expect(checkSandboxFencesRun(parseMarkdown(`Intro.\n\n${fence("sandbox", "print(1)")}`))).toEqual([]);
    expect(checkSandboxFencesRun(parseMarkdown(`Intro.\n\n${fence("sandbox", "print(undefined_name)")}`))).toEqual([
      { line: 3, message: "a `python sandbox` fence must run in the sandbox without error (NameError: name 'undefined_name' is not defined); fix it, or drop `sandbox`" },
    ]);
    const workload = 'MODE = "threads"\nif MODE == "asyncio":\n    raise RuntimeError("no loop")\nprint(MODE)';
    expect(checkSandboxFencesRun(parseMarkdown(fence("sandbox modes=threads,asyncio", workload)))[0]?.message).toMatch(/in the sandbox as asyncio without error \(RuntimeError: no loop\)/);
    // A logging or warnings example writes to stderr on purpose: it still runs.
    expect(checkSandboxFencesRun(parseMarkdown(fence("sandbox", "import sys\nprint('to stderr', file=sys.stderr)")))).toEqual([]);
  });
});
