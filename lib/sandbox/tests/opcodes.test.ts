// The interpreter's switches spell opcodes as literals (`case 8 /* LOAD_FAST */:`, see
// compile/opcodes.ts for why); these tests tie every such literal to the opcode table, check that
// every opcode is dispatched somewhere, and exercise the disassembler.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disassembleProgram } from "../index";
import { OPCODES, Op, opName } from "../compile/opcodes";

const VM_DIR = join(__dirname, "..", "vm");
const vmSources = readdirSync(VM_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(join(VM_DIR, f), "utf8") }));

// a number immediately followed by an opcode-name comment: `69 /* YIELD_FROM */`
const LITERAL = /\b(\d+)\s*\/\*\s*([A-Z][A-Z_]+)\s*\*\//g;

describe("opcode table", () => {
  it("gives every opcode a distinct value and a name", () => {
    const values = OPCODES.map(([v]) => v);
    expect(new Set(values).size).toBe(values.length);
    for (const [value, name] of OPCODES) expect(opName(value)).toBe(name);
    expect(opName(Op.LOAD_FAST)).toBe("LOAD_FAST");
    expect(opName(9999)).toMatch(/unknown/);
  });

  it("matches every opcode literal the VM hard-codes", () => {
    let checked = 0;
    for (const { file, text } of vmSources) {
      for (const m of text.matchAll(LITERAL)) {
        const [, num, name] = m;
        const value = (Op as unknown as Record<string, number>)[name!];
        expect(value, `${file}: ${m[0]} names no opcode`).toBeTypeOf("number");
        expect(Number(num), `${file}: ${m[0]} but ${name} is ${value}`).toBe(value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(OPCODES.length);
  });

  it("dispatches every opcode in exactly one case of the VM's switches", () => {
    const cases = new Map<string, number>();
    for (const { text } of vmSources) for (const m of text.matchAll(/case (\d+) \/\* ([A-Z_]+) \*\//g)) cases.set(m[2]!, (cases.get(m[2]!) ?? 0) + 1);
    for (const [, name] of OPCODES) {
      // WITH_EXIT & co. appear twice: once in run() sending them to protocolCall, once there
      expect(cases.get(name) ?? 0, `no case for ${name}`).toBeGreaterThan(0);
    }
  });
});

describe("disassemble", () => {
  it("lists a program's bytecode with names and decoded arguments, nested code included", () => {
    const text = disassembleProgram("x = 1\nfor i in range(3):\n    x += i\ndef f(a):\n    return a is None\n");
    expect(text).toContain("Disassembly of <module>");
    expect(text).toMatch(/^ {3}1 +0 LOAD_CONST +0 \(1\)$/m);
    expect(text).toMatch(/>> +\d+ FOR_ITER +\d+ \(to \d+\)/);
    expect(text).toMatch(/INPLACE_OP +0 \(\+=\)/);
    expect(text).toContain("Disassembly of <code object f, line 4>:");
    expect(text).toMatch(/IS_OP +0 \(is\)/);
  });
});
