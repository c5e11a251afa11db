// CPython 3.11's limit on int ↔ decimal str conversion (sys.set_int_max_str_digits, default 4300
// digits): converting a bigger int raises ValueError instead of running for a quadratic time.
// The limit belongs to the run (Program resets it, the sys module sets it).
import { raise } from "./errors";
import type { Int } from "./num";

export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
/** CPython refuses limits between 1 and this (sys.int_info.str_digits_check_threshold) */
export const INT_STR_DIGITS_THRESHOLD = 640;

let maxDigits = DEFAULT_INT_MAX_STR_DIGITS;
// |v| >= 10 ** maxDigits has more digits than allowed; cached for the current limit
let tooBig = 10n ** BigInt(maxDigits);

export function getIntMaxStrDigits(): number {
  return maxDigits;
}

/** 0 lifts the limit. */
export function setIntMaxStrDigits(digits: number): void {
  maxDigits = digits;
  tooBig = 10n ** BigInt(Math.max(digits, 1));
}

const advice = "use sys.set_int_max_str_digits() to increase the limit";

/** The decimal digits of an int, as str() and repr() write them. */
export function decimalString(v: Int): string {
  if (typeof v === "bigint" && maxDigits > 0 && (v >= tooBig || v <= -tooBig)) {
    raise("ValueError", `Exceeds the limit (${maxDigits} digits) for integer string conversion; ${advice}`);
  }
  return v.toString();
}

/** int(s) for a decimal string of `digits` digits. */
export function checkDecimalDigits(digits: number): void {
  if (maxDigits > 0 && digits > maxDigits) {
    raise("ValueError", `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; ${advice}`);
  }
}
