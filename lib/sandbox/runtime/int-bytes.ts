// int.to_bytes / int.from_bytes and slice.indices: small natives kept out of builtins.ts.
import { raise, typeError, valueError } from "./errors";
import { kwArg } from "./native";
import { toIndex, toInt } from "./coerce";
import { iterToArray } from "./iter";
import { sliceIndices } from "./subscript";
import { None, PyBytes, PySlice, PyTuple, type Kw, type PyValue } from "./value";
import { norm } from "./num";

function byteOrder(v: PyValue | undefined): "big" | "little" {
  if (v === undefined) return "big";
  if (typeof v !== "string") typeError(`to_bytes() argument 'byteorder' must be str, not ${typeof v}`);
  if (v !== "big" && v !== "little") valueError("byteorder must be either 'little' or 'big'");
  return v as "big" | "little";
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
export function intToBytes(args: PyValue[], kw: Kw): PyBytes {
  const [x, len, order] = args;
  const length = toIndex(len ?? kwArg(kw, "length") ?? 1);
  if (length < 0) valueError("length argument must be non-negative");
  const bo = byteOrder(order ?? kwArg(kw, "byteorder"));
  const signed = (kwArg(kw, "signed") ?? false) === true;
  let v = BigInt(toInt(x!));
  const bits = 8n * BigInt(length);
  if (v < 0n && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (length === 0 ? v !== 0n : !fits) raise("OverflowError", "int too big to convert");
  if (v < 0n) v += 1n << bits; // two's complement
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    out.push(String.fromCharCode(Number(v & 0xffn)));
    v >>= 8n;
  }
  if (bo === "big") out.reverse();
  return new PyBytes(out.join(""));
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) (classmethod: args[0] is the class) */
export function intFromBytes(args: PyValue[], kw: Kw): PyValue {
  const src = args[1] ?? kwArg(kw, "bytes");
  if (src === undefined) typeError("from_bytes() missing required argument 'bytes' (pos 1)");
  const bo = byteOrder(args[2] ?? kwArg(kw, "byteorder"));
  const signed = (kwArg(kw, "signed") ?? false) === true;
  const bytes: number[] =
    src instanceof PyBytes
      ? [...src.v].map((c) => c.charCodeAt(0))
      : iterToArray(src!).map((b) => {
          const n = toIndex(b);
          if (n < 0 || n > 255) valueError("bytes must be in range(0, 256)");
          return n;
        });
  if (bo === "little") bytes.reverse();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0]! >= 0x80) v -= 1n << (8n * BigInt(bytes.length));
  return norm(v);
}

/** slice.indices(length) → (start, stop, step) clipped like PySlice_AdjustIndices */
export function sliceIndicesMethod(args: PyValue[]): PyTuple {
  const [s, len] = args;
  const n = toIndex(len ?? None);
  if (n < 0) valueError("length should not be negative");
  return new PyTuple(sliceIndices(s as PySlice, n));
}
