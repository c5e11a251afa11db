// sys: the switch interval, recursion limit, exit, stdout/stderr writing through the run's output,
// and the version facts programs print.
import type { Program } from "../program";
import { callValue } from "../runtime/call";
import { toInt, typeOf } from "../runtime/coerce";
import { handledException } from "../vm/unwind";
import { getSizeOf } from "./sizeof";
import { typeError } from "../runtime/errors";
import { valueError } from "../runtime/errors";
import { getIntMaxStrDigits, INT_STR_DIGITS_THRESHOLD, setIntMaxStrDigits } from "../runtime/int-str";
import { fn, makeModule, realArg } from "../runtime/native";
import { makeStructSeq, type TStructSeq } from "../runtime/struct-seq";
import { None, PyFloat, PyList, PyModule, PyObj, PyTuple, type PyValue, T } from "../runtime/value";
import type { SimProcess } from "../sched/scheduler";

const F = (x: number) => new PyFloat(x);

// Where the sandbox's Python says it is installed: a CPython 3.11 built with the default prefix
// (/usr/local, as the official container images are), outside any virtual environment, running
// the program from the working directory os.getcwd() reports. lib/sandbox/README.md lists them.
const PREFIX = "/usr/local";
const HOME = "/home/sandbox";
const SYS_PATH_TAIL = [`${PREFIX}/lib/python311.zip`, `${PREFIX}/lib/python3.11`, `${PREFIX}/lib/python3.11/lib-dynload`, `${PREFIX}/lib/python3.11/site-packages`];

let structs: { intInfo: TStructSeq; versionInfo: TStructSeq } | null = null;
function structSeqs(): NonNullable<typeof structs> {
  structs ??= {
    intInfo: makeStructSeq("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]),
    versionInfo: makeStructSeq("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]),
  };
  return structs;
}

/** sys.path[0]: the script's folder (a page's program has no folder: the working directory) */
function scriptDir(filename: string): string {
  const slash = filename.lastIndexOf("/");
  if (slash < 0) return HOME;
  return slash === 0 ? "/" : filename.slice(0, slash);
}

export function makeSysModule(prog: Program, proc: SimProcess): PyModule {
  const stdout = new PyObj(T.object);
  (stdout as PyObj & { isStdout: boolean }).isStdout = true;
  stdout.attrs = new Map<string, PyValue>([
    ["write", fn("write", ([s]) => (prog.write(s as string, false), (s as string).length))],
    ["flush", fn("flush", () => None)],
    ["name", "<stdout>"],
  ]);
  const stderr = new PyObj(T.object);
  (stderr as PyObj & { isStderr: boolean }).isStderr = true;
  stderr.attrs = new Map<string, PyValue>([
    ["write", fn("write", ([s]) => (prog.write(s as string, true), (s as string).length))],
    ["flush", fn("flush", () => None)],
    ["name", "<stderr>"],
  ]);
  return makeModule("sys", {
    getswitchinterval: fn("getswitchinterval", () => F(proc.switchInterval)),
    setswitchinterval: fn("setswitchinterval", ([x]) => {
      const v = realArg(x!);
      if (v <= 0) valueError("switch interval must be strictly positive");
      proc.switchInterval = v;
      return None;
    }),
    getrecursionlimit: fn("getrecursionlimit", () => prog.recursionLimit),
    setrecursionlimit: fn("setrecursionlimit", ([x]) => {
      prog.recursionLimit = Number(toInt(x!));
      return None;
    }),
    exit: fn("exit", ([c]) => {
      const e = callValue(prog.interp.builtins.get("SystemExit")!, c === undefined ? [] : [c], null);
      throw e;
    }),
    argv: new PyList([prog.opts.filename]),
    version: "3.11.7 (sandbox)",
    version_info: structSeqs().versionInfo([3, 11, 7, "final", 0]),
    // CPython's 30-bit digits (getsizeof of ints follows them, modules/sizeof.ts)
    int_info: structSeqs().intInfo([30, 4, 4300, INT_STR_DIGITS_THRESHOLD]),
    path: new PyList([scriptDir(prog.opts.filename), ...SYS_PATH_TAIL]),
    prefix: PREFIX,
    base_prefix: PREFIX,
    exec_prefix: PREFIX,
    base_exec_prefix: PREFIX,
    executable: `${PREFIX}/bin/python3`,
    platlibdir: "lib",
    platform: "linux",
    maxsize: 9223372036854775807n,
    byteorder: "little",
    stdout,
    stderr,
    __stdout__: stdout,
    __stderr__: stderr,
    modules: None,
    getsizeof: fn("getsizeof", ([x]) => (x === undefined ? typeError("getsizeof() missing required argument 'object' (pos 1)") : getSizeOf(x))),
    get_int_max_str_digits: fn("get_int_max_str_digits", () => getIntMaxStrDigits()),
    set_int_max_str_digits: fn("set_int_max_str_digits", ([x]) => {
      const digits = Number(toInt(x!));
      if (digits !== 0 && digits < INT_STR_DIGITS_THRESHOLD) valueError(`maxdigits must be 0 or larger than ${INT_STR_DIGITS_THRESHOLD}`);
      setIntMaxStrDigits(digits);
      return None;
    }),
    intern: fn("intern", ([s]) => s!),
    // the exception being handled by the calling frame or the frames that called it
    exc_info: fn("exc_info", () => {
      const e = handledException(prog.currentFrame());
      return new PyTuple(e === null ? [None, None, None] : [typeOf(e), e, None]);
    }),
    exception: fn("exception", () => handledException(prog.currentFrame()) ?? None),
  });
}
