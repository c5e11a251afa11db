// Compiler and front-end unit tests: opcodes emitted, scoping, errors with kind and line.
import { describe, expect, it } from "vitest";
import { compileModule } from "../compile/compiler";
import { Op } from "../compile/opcodes";
import { parseModule } from "../parse/to-ast";
import { runProgram } from "../index";

const ops = (code: Int32Array) => Array.from(code).filter((_, i) => i % 2 === 0);

describe("compiler", () => {
  it("emits a back edge (eval-breaker point) for loops", () => {
    const src = "t = 0\nfor i in range(3):\n    t += i\n";
    const c = compileModule(parseModule(src).body, src, "x.py");
    expect(ops(c.code)).toContain(Op.JUMP_BACKWARD);
    expect(ops(c.code)).toContain(Op.FOR_ITER);
  });
  it("uses fast locals in functions and cells for closures", () => {
    const src = "def f(a):\n    b = a\n    def g():\n        return b\n    return g\n";
    const c = compileModule(parseModule(src).body, src, "x.py");
    const f = c.children[0]!;
    expect(f.varnames).toContain("a");
    expect(f.cellvars).toEqual(["b"]);
    expect((f as typeof c).children[0]!.freevars).toEqual(["b"]);
  });
  it("parses a bare yield (which @lezer/python rejects) without touching strings", () => {
    const src = 'def g():\n    x = yield  # sent\n    yield\n    return x\ns = """\nyield\n"""\nit = g(); next(it); it.send(7)\nprint(repr(s))\n';
    const r = runProgram(src);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("'\\nyield\\n'\n");
  });
  it("records a line per instruction", () => {
    const src = "x = 1\ny = 2\n";
    const c = compileModule(parseModule(src).body, src, "x.py");
    expect(Array.from(c.lines)).toContain(2);
  });
  it("reports syntax errors with a line", () => {
    const r = runProgram("x = 1\nif x\n    pass\n");
    expect(r.error?.kind).toBe("syntax");
    expect(r.error?.line).toBe(2);
    expect(r.exitCode).toBe(1);
  });
  it("reports unsupported features by name and line", () => {
    const r = runProgram("x = 1\nfrom . import y\n");
    expect(r.error?.kind).toBe("unsupported");
    expect(r.error?.message).toMatch(/relative import/);
    expect(r.error?.line).toBe(2);
  });
  it("parses `not a and b` with Python precedence", () => {
    expect(runProgram("a = True\nb = None\nprint(not a and b is not None)\n").stdout).toBe("False\n");
  });
});
