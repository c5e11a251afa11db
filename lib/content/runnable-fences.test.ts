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

  it("counts a fence as clean when it exits 0 and nothing died in the background", () => {
    expect(runsCleanly(runFence("print('hi')"))).toBe(true);
    // a block of definitions prints nothing, but the reader can add a call and run it
    expect(runsCleanly(runFence("def f():\n    return 1"))).toBe(true);
    // logging, warnings and print_exc write to stderr on purpose
    expect(runsCleanly(runFence("import logging\nlogging.warning('careful')"))).toBe(true);
    expect(runsCleanly(runFence("import warnings\nwarnings.warn('old')"))).toBe(true);
    expect(runsCleanly(runFence("import traceback\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    traceback.print_exc()"))).toBe(true);
    // a fragment, a deliberate error, a thread, a task or a child process that dies
    expect(runsCleanly(runFence("items.append(1)"))).toBe(false);
    expect(runsCleanly(runFence("print(1)\nraise ValueError('no')"))).toBe(false);
    expect(runsCleanly(runFence("import threading\nt = threading.Thread(target=lambda: 1 / 0)\nt.start(); t.join()\nprint('after')"))).toBe(false);
    const lostTask = "import asyncio\nasync def f():\n    raise ValueError(1)\nasync def main():\n    t = asyncio.ensure_future(f())\n    await asyncio.sleep(0)\n    del t\nasyncio.run(main())\nimport gc\ngc.collect()";
    expect(runsCleanly(runFence(lostTask))).toBe(false);
    const deadChild = "import multiprocessing as mp\ndef boom():\n    raise KeyError('k')\nif __name__ == '__main__':\n    p = mp.Process(target=boom)\n    p.start(); p.join()\n    print(p.exitcode)";
    expect(runsCleanly(runFence(deadChild))).toBe(false);
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

  it("gives a `raises` fence its Run button only when it ends in an uncaught exception", () => {
    const markdown = [
      fence("raises", "x, y = [1, 2, 3]"),
      fence("raises", "print('no error after all')"),
      fence("raises", "while True:\n    pass"),
      fence("raises", "def f(:\n    pass"),
    ].join("\n\n");
    expect(findRunnableFences(markdown)).toEqual([1]);
    const problems = checkSandboxFencesRun(parseMarkdown(markdown)).map((p) => `${p.line}: ${p.message}`);
    expect(problems).toEqual([
      "5: a `python raises` fence must end in an uncaught exception in the sandbox (it exits cleanly); fix it, or drop `raises`",
      expect.stringMatching(/^9: a `python raises` fence must end in an uncaught exception in the sandbox \(.*instruction budget.*\)/),
      expect.stringMatching(/^14: a `python raises` fence must end in an uncaught exception in the sandbox \(.*\)/),
    ]);
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
