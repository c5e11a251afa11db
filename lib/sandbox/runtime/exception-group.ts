// BaseExceptionGroup / ExceptionGroup: construction with CPython's checks (BaseExceptionGroup
// gives an ExceptionGroup when every member is an Exception), and split/subgroup/derive, which
// except* uses too. A split keeps the group's shape: each nested group that has matches becomes
// `group.derive(matches)`, carrying the original's traceback, cause, context and notes.
import { callValue } from "./call";
import { truthy, typeName } from "./coerce";
import { raise, typeError } from "./errors";
import { getAttr, setAttr } from "./attrs";
import { EXC, isSubtype, lookupType } from "./types";
import { None, PyBuiltin, PyExc, PyFunction, PyList, PyMethod, PyObj, PyTuple, PyType, type PyValue, T } from "./value";

export function isExceptionGroup(x: PyValue): x is PyExc {
  return x instanceof PyExc && isSubtype(x.cls, EXC.BaseExceptionGroup!);
}

function members(eg: PyExc): PyValue[] {
  return (eg.attrs!.get("exceptions") as PyTuple).items;
}

/** BaseExceptionGroup.__new__ */
export function newExceptionGroup(cls: PyType, args: PyValue[]): PyExc {
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args as [PyValue, PyValue];
  if (typeof message !== "string") typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!(seq instanceof PyList || seq instanceof PyTuple)) typeError("second argument (exceptions) must be a sequence");
  const excs = (seq as PyList | PyTuple).items.slice();
  if (excs.length === 0) raise("ValueError", "second argument (exceptions) must be a non-empty sequence");
  let allExceptions = true;
  excs.forEach((x, i) => {
    if (!(x instanceof PyExc)) raise("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(x.cls, EXC.Exception!)) allExceptions = false;
  });
  let t = cls;
  if (cls === EXC.BaseExceptionGroup && allExceptions) t = EXC.ExceptionGroup!;
  else if (isSubtype(cls, EXC.Exception!) && !allExceptions) {
    if (cls === EXC.ExceptionGroup) typeError("Cannot nest BaseExceptions in an ExceptionGroup");
    typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyExc(t);
  e.args = [message, seq];
  e.attrs = new Map<string, PyValue>([
    ["message", message],
    ["exceptions", new PyTuple(excs)],
  ]);
  return e;
}

/** decides which leaves (and whole groups) a split takes: an exception type, a tuple of them, or a predicate */
export type Matcher = (e: PyExc) => boolean;

export function matcherOf(condition: PyValue): Matcher {
  if (condition instanceof PyType && isSubtype(condition, T.BaseException)) return (e) => isSubtype(e.cls, condition);
  if (condition instanceof PyTuple && condition.items.every((x) => x instanceof PyType && isSubtype(x, T.BaseException)))
    return (e) => condition.items.some((x) => isSubtype(e.cls, x as PyType));
  const callable =
    condition instanceof PyFunction ||
    condition instanceof PyBuiltin ||
    condition instanceof PyMethod ||
    (condition instanceof PyObj && !(condition instanceof PyType) && lookupType(condition.cls, "__call__") !== undefined);
  if (callable) return (e) => truthy(callValue(condition, [e], null));
  return typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

/** CPython's exceptiongroup_split_recursive: [match, rest], each None when empty */
export function splitExceptionGroup(exc: PyExc, match: Matcher, withRest: boolean): [PyValue, PyValue] {
  if (match(exc)) return [exc, None];
  if (!isExceptionGroup(exc)) return [None, withRest ? exc : None];
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const x of members(exc)) {
    const [m, r] = splitExceptionGroup(x as PyExc, match, withRest);
    if (m !== None) matched.push(m);
    if (r !== None) rest.push(r);
  }
  return [subset(exc, matched), withRest ? subset(exc, rest) : None];
}

/** `orig.derive(excs)` with orig's traceback, context, cause and notes (exceptiongroup_subset) */
function subset(orig: PyExc, excs: PyValue[]): PyValue {
  if (excs.length === 0) return None;
  const g = callValue(getAttr(orig, "derive"), [new PyList(excs)], null);
  if (!isExceptionGroup(g)) typeError("derive must return an instance of BaseExceptionGroup");
  const eg = g as PyExc;
  eg.tb = orig.tb;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppress = true;
  const notes = orig.attrs?.get("__notes__");
  if (notes !== undefined) setAttr(eg, "__notes__", notes);
  return eg;
}

export const exceptionGroupMethods = {
  derive: ([self, excs]: PyValue[]): PyValue => newExceptionGroup(EXC.BaseExceptionGroup!, [(self as PyExc).attrs!.get("message")!, excs!]),
  split: ([self, condition]: PyValue[]): PyValue => new PyTuple(splitExceptionGroup(self as PyExc, matcherOf(condition!), true)),
  subgroup: ([self, condition]: PyValue[]): PyValue => splitExceptionGroup(self as PyExc, matcherOf(condition!), false)[0],
};
