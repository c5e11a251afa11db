// format() mini-language and printf-style '%' formatting.
import { charOf, strLen, strSlice } from "./str-cp";
import { PyComplex } from "./value";
import { chargeSequence } from "./big-work";
import { decimalString } from "./int-str";
import { raise, typeError, valueError } from "./errors";
import { floatRepr, toExpPy, toFixedPy, toGeneralPy } from "./num";
import { callValue } from "./call";
import { toInt, typeName, typeOf } from "./coerce";
import { repr, str } from "./repr";
import { lookupType } from "./types";
import { None, plainValue, PyBuiltin, PyBytes, PyFloat, PyList, PyObj, PyTuple, PyDict, type PyValue } from "./value";
import { dictGet } from "./containers";

type Spec = { fill: string; align: string; sign: string; alt: boolean; zero: boolean; width: number; group: string; prec: number; type: string };

function parseSpec(s: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(s);
  if (!m) valueError(`Invalid format specifier '${s}'`);
  return {
    // a `0` before the width sets the fill when none is given, and `=` alignment only for
    // numbers (whose default is right alignment): numberAlign() adds that
    fill: m![1] ?? (m![5] ? "0" : " "),
    align: m![2] ?? "",
    sign: m![3] ?? "-",
    alt: !!m![4],
    zero: !!m![5],
    width: m![6] ? parseInt(m![6], 10) : 0,
    group: m![7] ?? "",
    prec: m![8] !== undefined ? parseInt(m![8], 10) : -1,
    type: m![9] ?? "",
  };
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

/** how many digits, zeros included, make `digits` grouped at least `minWidth` characters wide */
function zeroPadded(digits: string, sep: string, every: number, minWidth: number): string {
  const groupedLength = (n: number) => (sep ? n + Math.floor((n - 1) / every) : n);
  let n = digits.length;
  if (groupedLength(n) < minWidth) {
    n = Math.max(n, sep ? Math.floor((minWidth * every) / (every + 1)) : minWidth);
    while (n > digits.length && groupedLength(n - 1) >= minWidth) n--;
    while (groupedLength(n) < minWidth) n++;
  }
  return group(digits.padStart(n, "0"), sep, every);
}

/** A number's digits, grouped, padded and signed: with a `0` fill and `=` alignment, CPython pads
 * the integer part with zeros that are grouped too (`0,001,234`), which can make it one wider
 * than the width so it never starts with a separator. */
function padNumber(sign: string, intDigits: string, rest: string, sp: Spec, every = 3): string {
  if (sp.fill === "0" && numberAlign(sp) === "=") {
    const minWidth = sp.width - strLen(sign) - strLen(rest);
    if (minWidth > intDigits.length) chargeSequence(sp.width, 1, "a str");
    return sign + zeroPadded(intDigits, sp.group, every, minWidth) + rest;
  }
  return pad(group(intDigits, sp.group, every) + rest, sign, sp, numberAlign(sp));
}

function numberAlign(sp: Spec): string {
  return sp.align || (sp.zero ? "=" : ">");
}

function pad(body: string, sign: string, sp: Spec, defaultAlign: string): string {
  const align = sp.align || defaultAlign;
  const total = sign.length + strLen(body);
  if (total >= sp.width) return sign + body;
  chargeSequence(sp.width, 1, "a str");
  const n = sp.width - total;
  switch (align) {
    case "<":
      return sign + body + sp.fill.repeat(n);
    case ">":
      return sp.fill.repeat(n) + sign + body;
    case "^":
      return sp.fill.repeat(n >> 1) + sign + body + sp.fill.repeat(n - (n >> 1));
    default:
      return sign + sp.fill.repeat(n) + body;
  }
}

function signOf(neg: boolean, sp: Spec): string {
  if (neg) return "-";
  return sp.sign === "+" ? "+" : sp.sign === " " ? " " : "";
}

function formatInt(v: number | bigint, sp: Spec): string {
  const neg = typeof v === "bigint" ? v < 0n : v < 0;
  const a = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
  let body: string;
  let prefix = "";
  switch (sp.type) {
    case "b":
      body = a.toString(2);
      prefix = sp.alt ? "0b" : "";
      break;
    case "o":
      body = a.toString(8);
      prefix = sp.alt ? "0o" : "";
      break;
    case "x":
      body = a.toString(16);
      prefix = sp.alt ? "0x" : "";
      break;
    case "X":
      body = a.toString(16).toUpperCase();
      prefix = sp.alt ? "0X" : "";
      break;
    case "c":
      return pad(charOf(Number(a)), "", sp, numberAlign(sp));
    case "":
    case "d":
    case "n":
      return padNumber(signOf(neg, sp), decimalString(a), "", sp);
    default:
      return formatFloat(Number(v), sp);
  }
  return padNumber(signOf(neg, sp) + prefix, body, "", sp, 4);
}

function formatFloat(x: number, sp: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  const prec = sp.prec < 0 ? 6 : sp.prec;
  switch (sp.type) {
    case "f":
    case "F":
      body = toFixedPy(a, prec);
      if (sp.alt && prec === 0) body += ".";
      if (sp.type === "F") body = body.toUpperCase();
      break;
    case "e":
    case "E":
      body = toExpPy(a, prec, sp.type === "E");
      break;
    case "g":
    case "G":
      body = toGeneralPy(a, prec, sp.alt, sp.type === "G");
      break;
    case "%":
      body = toFixedPy(a * 100, prec) + "%";
      break;
    case "n":
      body = toGeneralPy(a, prec, sp.alt);
      break;
    case "":
      if (sp.prec < 0) body = floatRepr(a);
      else {
        body = toGeneralPy(a, sp.prec, sp.alt);
        if (!/[.e]/.test(body) && Number.isFinite(a)) body += ".0";
      }
      break;
    default:
      return valueError(`Unknown format code '${sp.type}' for object of type 'float'`);
  }
  const sign = signOf(neg && !Number.isNaN(x), sp);
  const m = /^(\d+)(.*)$/s.exec(body);
  if (m) return padNumber(sign, m[1]!, m[2]!, sp);
  return pad(body, sign, sp, numberAlign(sp));
}

export function formatValue(value: PyValue, spec: string): string {
  const t = typeOf(value);
  if (t.module !== "builtins") {
    const f = lookupType(t, "__format__");
    if (f !== undefined && !(f instanceof PyBuiltin)) return str(callValue(f, [value, spec], null));
    if (spec === "") return str(value);
  }
  if (spec === "") return str(value);
  const v = plainValue(value);
  const sp = parseSpec(spec);
  if (typeof v === "number" || typeof v === "bigint") return formatInt(v, sp);
  // bool has no __format__ of its own: a non-empty spec formats it as the int it is
  if (typeof v === "boolean") return formatInt(v ? 1 : 0, sp);
  if (v instanceof PyFloat) {
    if (sp.type === "d") valueError(`Unknown format code 'd' for object of type 'float'`);
    return formatFloat(v.v, sp);
  }
  if (v instanceof PyComplex) return formatComplex(v, sp);
  if (typeof v === "string") {
    if (sp.type !== "" && sp.type !== "s") valueError(`Unknown format code '${sp.type}' for object of type 'str'`);
    const s = sp.prec >= 0 ? strSlice(v, 0, sp.prec) : v;
    return pad(s, "", sp, "<");
  }
  if (sp.type === "" || sp.type === "s") return pad(str(v), "", sp, "<");
  return typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
}

/** complex.__format__: each part formatted like a float, the imaginary one always signed */
function formatComplex(c: PyComplex, sp: Spec): string {
  if (sp.zero) valueError("Zero padding is not allowed in complex format specifier");
  if (sp.align === "=") valueError("Alignment flag is not allowed in complex format specifier");
  if (!"eEfFgGn".includes(sp.type) || sp.type === "") {
    if (sp.type !== "") valueError(`Unknown format code '${sp.type}' for object of type 'complex'`);
  }
  const bare = sp.type === "";
  const skipRe = bare && c.re === 0 && !Object.is(c.re, -0);
  const partSpec: Spec = { ...sp, fill: " ", align: "", width: 0, sign: "-", type: bare ? (sp.prec < 0 ? "" : "g") : sp.type === "n" ? "g" : sp.type };
  const one = (x: number): string => {
    const body = formatFloat(Math.abs(x), partSpec);
    // repr-style parts drop the ".0" of an integral value, as complex's repr does
    return bare && sp.prec < 0 && body.endsWith(".0") ? body.slice(0, -2) : body;
  };
  const reSign = signOf(c.re < 0 || Object.is(c.re, -0), sp);
  const imNeg = c.im < 0 || Object.is(c.im, -0);
  const imSign = skipRe ? signOf(imNeg, sp) : imNeg ? "-" : "+";
  let body = skipRe ? `${imSign}${one(c.im)}j` : `${reSign}${one(c.re)}${imSign}${one(c.im)}j`;
  if (bare && !skipRe) body = `(${body})`;
  return pad(body, "", sp, ">");
}

/** CPython's words for a numeric conversion (%d, %x, %f, %c) given a str, bytes, None or container. */
function refuseNonNumber(conv: string, v: PyValue): void {
  if (conv === "c") {
    if (typeof v === "string" ? strLen(v) !== 1 : v === None || v instanceof PyBytes || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict)
      typeError("%c requires int or char");
    return;
  }
  if (!(typeof v === "string" || v === None || v instanceof PyBytes || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict)) return;
  if (conv === "d" || conv === "i" || conv === "u") typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
  if (conv === "x" || conv === "X" || conv === "o") typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
  typeError(`must be real number, not ${typeName(v)}`);
}

/** str % args */
export function percentFormat(fmt: string, args: PyValue): string {
  const list = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict ? args : null;
  let ai = 0;
  const next = (): PyValue => {
    if (ai >= list.length) typeError("not enough arguments for format string");
    return list[ai++]!;
  };
  const out = fmt.replace(
    /%(\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g,
    (_m, _k, key: string | undefined, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
      if (conv === "%") return "%";
      const width = w === "*" ? Number(toInt(next())) : w ? parseInt(w, 10) : 0;
      const prec = p === "*" ? Number(toInt(next())) : p !== undefined ? parseInt(p, 10) : -1;
      const arg = key !== undefined && mapping ? (dictGet(mapping, key) ?? raise("KeyError", key)) : next();
      // the numeric conversions read the number an int or float subclass instance carries
      const v = conv === "s" || conv === "r" || conv === "a" ? arg : plainValue(arg);
      if (conv !== "s" && conv !== "r" && conv !== "a") refuseNonNumber(conv, v);
      let s: string;
      const sp: Spec = {
        fill: flags.includes("0") && !flags.includes("-") ? "0" : " ",
        align: flags.includes("-") ? "<" : flags.includes("0") ? "=" : ">",
        sign: flags.includes("+") ? "+" : flags.includes(" ") ? " " : "-",
        alt: flags.includes("#"),
        zero: false,
        width,
        group: "",
        prec,
        type: "",
      };
      switch (conv) {
        case "s":
          s = str(arg);
          if (prec >= 0) s = strSlice(s, 0, prec);
          return pad(s, "", { ...sp, fill: " " }, sp.align === "<" ? "<" : ">");
        case "r":
        case "a":
          return pad(repr(arg), "", { ...sp, fill: " " }, sp.align === "<" ? "<" : ">");
        case "d":
        case "i":
        case "u":
          return formatInt(v instanceof PyFloat ? Math.trunc(v.v) : toInt(v), { ...sp, type: "d" });
        case "x":
        case "X":
        case "o":
          return formatInt(toInt(v), { ...sp, type: conv });
        case "c":
          return pad(typeof v === "string" ? v : charOf(Number(toInt(v))), "", { ...sp, fill: " " }, sp.align === "<" ? "<" : ">");
        default: {
          const x = v instanceof PyFloat ? v.v : Number(toInt(v));
          return formatFloat(x, { ...sp, type: conv, prec: prec < 0 ? 6 : prec });
        }
      }
    },
  );
  if (!mapping && ai < list.length && args instanceof PyTuple) typeError("not all arguments converted during string formatting");
  // CPython takes any non-tuple with __getitem__ for a mapping here, so "x" % b"ab" is "x"
  const mappingLike =
    args instanceof PyBytes || args instanceof PyList || (args instanceof PyObj && !(args instanceof PyTuple) && lookupType(args.cls, "__getitem__") !== undefined);
  if (!mapping && !mappingLike && !(args instanceof PyTuple) && ai === 0 && !/%/.test(fmt)) typeError("not all arguments converted during string formatting");
  return out;
}
