// OSError as CPython 3.11 builds it: OSError(errno, strerror[, filename[, winerror[, filename2]]])
// keeps the numbers and names as attributes, prints "[Errno 2] No such file or directory: 'x'"
// (with "-> 'y'" when there is a second file name), keeps only (errno, strerror) in args once a
// file name is given, and OSError itself picks the subclass its errno stands for
// (OSError(2, ...) is a FileNotFoundError), as the in-memory file system's errors need.
import { None, type PyExc, type PyType, type PyValue } from "./value";
import { EXC } from "./types";
import { excStr, repr, str } from "./repr";

const SUBCLASS_BY_ERRNO: Record<number, string> = {
  1: "PermissionError",
  2: "FileNotFoundError",
  3: "ProcessLookupError",
  4: "InterruptedError",
  10: "ChildProcessError",
  11: "BlockingIOError",
  13: "PermissionError",
  17: "FileExistsError",
  20: "NotADirectoryError",
  21: "IsADirectoryError",
  32: "BrokenPipeError",
  103: "ConnectionAbortedError",
  104: "ConnectionResetError",
  110: "TimeoutError",
  111: "ConnectionRefusedError",
};

/** the class OSError(args) makes: a subclass for a known errno, when called on OSError itself */
export function osErrorClass(cls: PyType, args: PyValue[]): PyType {
  if (cls !== EXC.OSError || args.length < 2 || args.length > 5) return cls;
  const code = args[0];
  const name = typeof code === "number" ? SUBCLASS_BY_ERRNO[code] : undefined;
  return name === undefined ? cls : EXC[name]!;
}

/** sets errno/strerror/filename/filename2 and args from the constructor's arguments */
export function fillOSError(e: PyExc, args: PyValue[]): void {
  const attrs = e.attrs ?? (e.attrs = new Map());
  const has = args.length >= 2 && args.length <= 5;
  attrs.set("errno", has ? args[0]! : None);
  attrs.set("strerror", has ? args[1]! : None);
  attrs.set("filename", has && args.length >= 3 ? args[2]! : None);
  attrs.set("filename2", has && args.length === 5 ? args[4]! : None);
  e.args = has && args.length >= 3 ? args.slice(0, 2) : args;
}

export function osErrorStr(e: PyExc): string {
  const a = e.attrs;
  const filename = a?.get("filename") ?? None;
  const filename2 = a?.get("filename2") ?? None;
  const head = () => `[Errno ${str(a!.get("errno")!)}] ${str(a!.get("strerror")!)}`;
  if (filename !== None) return filename2 !== None ? `${head()}: ${repr(filename)} -> ${repr(filename2)}` : `${head()}: ${repr(filename)}`;
  if (e.args.length === 2 && a?.get("errno") !== undefined) return head();
  return excStr(e);
}
