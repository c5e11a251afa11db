// Modules whose output cannot be a CPython golden because the sandbox deliberately prints its
// own facts: dis lists the sandbox's bytecode (and says so), timeit and the clocks count the VM's instructions.
import { describe, expect, it } from "vitest";
import { runProgram } from "../index";

const run = (source: string) => {
  const r = runProgram(source, { filename: "main.py" });
  expect(r.stderr).toBe("");
  return r.stdout;
};

describe("dis", () => {
  it("prints the sandbox's own bytecode under a note saying it is not CPython's", () => {
    const out = run("import dis\ndef add(a, b=1):\n    return a + b\ndis.dis(add)\n");
    const lines = out.split("\n");
    expect(lines[0]).toBe("# the sandbox's own bytecode (lib/sandbox/compile/opcodes.ts), not CPython's instruction set");
    expect(lines[1]).toBe("Disassembly of add (main.py):");
    expect(out).toMatch(/^\s+3\s+0 LOAD_FAST\s+0 \(a\)$/m);
    expect(out).toMatch(/BINARY_OP\s+\d+ \(\+\)/);
  });

  it("disassembles source text, methods and classes, and knows the instruction names", () => {
    const out = run(
      "import dis, io\nbuf = io.StringIO()\ndis.dis('x = 1', file=buf)\nprint('STORE_NAME' in buf.getvalue())\n" +
        "class C:\n    def m(self):\n        return 2\ndis.dis(C.m)\ndis.dis(C)\nprint(dis.opname[dis.opmap['LOAD_FAST']])\n",
    );
    expect(out.split("\n")[0]).toBe("True");
    expect(out.match(/Disassembly of m \(main\.py\):/g)).toHaveLength(2);
    expect(out.trimEnd().split("\n").at(-1)).toBe("LOAD_FAST");
  });
});

describe("timeit on the virtual clock", () => {
  it("gives the same figure every run, proportional to the work", () => {
    const src = "import timeit\nprint(timeit.timeit('for i in range(100): pass', number=10))\nprint(timeit.timeit('for i in range(1000): pass', number=10))\n";
    const a = run(src);
    expect(run(src)).toBe(a);
    const [small, big] = a.trim().split("\n").map(Number);
    expect(big! / small!).toBeGreaterThan(8);
    expect(big! / small!).toBeLessThan(12);
  });
});

describe("what the sandbox leaves out says so", () => {
  it("names every CPython standard-library module it lacks as one, and only those", () => {
    const out = run(["zlib", "importlib", "os.nothing", "numpy"].map((m) => `try:\n    import ${m}\nexcept ImportError as e:\n    print(e)\n`).join(""));
    expect(out).toBe(
      "No module named 'zlib' (a standard-library module the sandbox does not provide)\n" +
        "No module named 'importlib' (a standard-library module the sandbox does not provide)\n" +
        "No module named 'os.nothing'\nNo module named 'numpy'\n",
    );
  });

  it("unicodedata.name() and lookup() raise NotImplementedError: the sandbox has no name table", () => {
    const out = run("import unicodedata\nfor f in (unicodedata.name, unicodedata.lookup):\n    try:\n        f('x')\n    except NotImplementedError as e:\n        print(e)\n");
    expect(out).toBe(
      "unicodedata.name() needs Unicode's character name table, which the sandbox does not carry\n" +
        "unicodedata.lookup() needs Unicode's character name table, which the sandbox does not carry\n",
    );
  });
});
