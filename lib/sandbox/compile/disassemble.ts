// A readable listing of the sandbox's bytecode, laid out like CPython's `dis` (line, offset, name,
// argument, what the argument means) but showing the sandbox's own instruction set
// (compile/opcodes.ts). `npm run sandbox -- --dis FILE.py` prints it for a file.
import { repr } from "../runtime/repr";
import type { Code } from "./code";
import { BINOPS, CMPOPS, Op, opName } from "./opcodes";

type ArgKind = "const" | "name" | "local" | "cell" | "jump" | "binop" | "inplace" | "cmp" | "is" | "in" | "code" | "format" | "number";

// How each opcode's argument reads; opcodes missing here take no argument.
const ARG_KIND: Partial<Record<Op, ArgKind>> = {
  [Op.LOAD_CONST]: "const",
  [Op.LOAD_FAST]: "local",
  [Op.STORE_FAST]: "local",
  [Op.DELETE_FAST]: "local",
  [Op.LOAD_DEREF]: "cell",
  [Op.STORE_DEREF]: "cell",
  [Op.DELETE_DEREF]: "cell",
  [Op.LOAD_CLOSURE]: "cell",
  [Op.LOAD_CLASSDEREF]: "cell",
  [Op.LOAD_GLOBAL]: "name",
  [Op.STORE_GLOBAL]: "name",
  [Op.DELETE_GLOBAL]: "name",
  [Op.LOAD_NAME]: "name",
  [Op.STORE_NAME]: "name",
  [Op.DELETE_NAME]: "name",
  [Op.LOAD_ATTR]: "name",
  [Op.STORE_ATTR]: "name",
  [Op.DELETE_ATTR]: "name",
  [Op.LOAD_METHOD]: "name",
  [Op.IMPORT_NAME]: "name",
  [Op.IMPORT_FROM]: "name",
  [Op.JUMP]: "jump",
  [Op.JUMP_BACKWARD]: "jump",
  [Op.POP_JUMP_IF_FALSE]: "jump",
  [Op.POP_JUMP_IF_TRUE]: "jump",
  [Op.JUMP_IF_FALSE_OR_POP]: "jump",
  [Op.JUMP_IF_TRUE_OR_POP]: "jump",
  [Op.FOR_ITER]: "jump",
  [Op.SETUP_FINALLY]: "jump",
  [Op.JUMP_IF_NOT_EXC_MATCH]: "jump",
  [Op.JUMP_IF_NOT_EG_MATCH]: "jump",
  [Op.BINARY_OP]: "binop",
  [Op.INPLACE_OP]: "inplace",
  [Op.COMPARE_OP]: "cmp",
  [Op.IS_OP]: "is",
  [Op.CONTAINS_OP]: "in",
  [Op.MAKE_FUNCTION]: "code",
  [Op.STORE_FAST_ID]: "local",
  [Op.STORE_NAME_ID]: "name",
  [Op.STORE_GLOBAL_ID]: "name",
  [Op.STORE_DEREF_ID]: "cell",
  [Op.IS_OP_ID]: "is",
  [Op.FORMAT_VALUE]: "format",
  [Op.CALL_METHOD]: "number",
  [Op.BUILD_SLICE]: "number",
  [Op.BUILD_TUPLE]: "number",
  [Op.BUILD_LIST]: "number",
  [Op.BUILD_SET]: "number",
  [Op.BUILD_MAP]: "number",
  [Op.LIST_APPEND]: "number",
  [Op.ID_LIST_APPEND]: "number",
  [Op.SET_ADD]: "number",
  [Op.MAP_ADD]: "number",
  [Op.LIST_EXTEND]: "number",
  [Op.SET_UPDATE]: "number",
  [Op.DICT_UPDATE]: "number",
  [Op.DICT_MERGE]: "number",
  [Op.UNPACK_SEQUENCE]: "number",
  [Op.UNPACK_EX]: "number",
  [Op.CALL]: "number",
  [Op.CALL_KW]: "number",
  [Op.CALL_EX]: "number",
  [Op.RAISE]: "number",
  [Op.POP_EXCEPT_AND_RERAISE]: "number",
  [Op.BUILD_STRING]: "number",
  [Op.MATCH_CLASS]: "number",
  [Op.MATCH_SEQUENCE]: "number",
  [Op.MATCH_MAPPING]: "number",
};

const CONVERSIONS = ["", "str", "repr", "ascii"];

function describeArg(code: Code, op: number, arg: number): string {
  switch (ARG_KIND[op as Op]) {
    case "const":
      return repr(code.consts[arg]!);
    case "name":
      return code.names[arg]!;
    case "local":
      return code.varnames[arg]!;
    case "cell":
      return arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
    case "jump":
      return `to ${arg}`;
    case "binop":
      return BINOPS[arg]!;
    case "inplace":
      return `${BINOPS[arg]}=`;
    case "cmp":
      return CMPOPS[arg]!;
    case "is":
      return arg ? "is not" : "is";
    case "in":
      return arg ? "not in" : "in";
    case "code": {
      const child = code.children[arg >> 4];
      const flags = [arg & 1 ? "defaults" : "", arg & 2 ? "kwdefaults" : "", arg & 4 ? "annotations" : "", arg & 8 ? "closure" : ""].filter(Boolean);
      return `code ${child?.qualname ?? "?"}${flags.length ? ", " + flags.join(", ") : ""}`;
    }
    case "format": {
      const parts = [CONVERSIONS[arg & 3]!, arg & 4 ? "with format spec" : ""].filter(Boolean);
      return parts.join(", ");
    }
    default:
      return "";
  }
}

/** The listing of one code object (without its nested functions). */
function listCode(code: Code): string[] {
  const co = code.code;
  const targets = new Set<number>();
  for (let pc = 0; pc < co.length; pc += 2) if (ARG_KIND[co[pc] as Op] === "jump") targets.add(co[pc + 1]!);
  const rows: string[] = [];
  let lastLine = -1;
  for (let pc = 0; pc < co.length; pc += 2) {
    const op = co[pc]!;
    const arg = co[pc + 1]!;
    const line = code.lines[pc >> 1]!;
    if (line !== lastLine && pc > 0) rows.push("");
    const lineCol = line !== lastLine ? String(line).padStart(4) : "    ";
    lastLine = line;
    const kind = ARG_KIND[op as Op];
    const about = kind === undefined ? "" : describeArg(code, op, arg);
    const argCol = kind === undefined ? "" : String(arg).padStart(6);
    rows.push(`${lineCol}  ${targets.has(pc) ? ">>" : "  "}${String(pc).padStart(6)} ${opName(op).padEnd(22)}${argCol}${about ? ` (${about})` : ""}`.trimEnd());
  }
  return rows;
}

/** Disassembles `code` and every function, class body and comprehension nested in it. */
export function disassemble(code: Code): string {
  const out: string[] = [];
  const visit = (c: Code, title: string) => {
    out.push(title, ...listCode(c), "");
    for (const child of c.children) visit(child, `Disassembly of <code object ${child.qualname}, line ${child.firstLine}>:`);
  };
  visit(code, `Disassembly of ${code.name} (${code.filename}):`);
  return out.join("\n");
}
