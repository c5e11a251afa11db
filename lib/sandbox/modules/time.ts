// time on the virtual clock: the clock reads, sleep (a blocking call: the thread parks until a
// timer wakes it) and the CPU clocks.
import type { Program } from "../program";
import { valueError } from "../runtime/errors";
import { fn, makeModule, realArg } from "../runtime/native";
import { floatRepr, norm } from "../runtime/num";
import { None, PyFloat, PyModule, type PyValue } from "../runtime/value";
import { callValue } from "../runtime/call";
import { getAttr } from "../runtime/attrs";
import { iterToArray } from "../runtime/iter";
import type { SimProcess } from "../sched/scheduler";
import { makeStructSeq, type TStructSeq } from "../runtime/struct-seq";
import { typeError } from "../runtime/errors";
import { PyBuiltin, PyProperty, PyStaticMethod, PyTuple, PyType } from "../runtime/value";

const F = (x: number) => new PyFloat(x);

/** A read of the virtual clock by the running thread: the process clock plus what the thread has
 * executed in its current slice (Scheduler.clockNow). Every read also adds 1 ns to the clock, so
 * successive sleeps get distinct deadlines (equal sleeps wake FIFO). */
export function clockRead(prog: Program, proc: SimProcess): number {
  proc.now += 1e-9;
  return prog.sched.clockNow(proc);
}

// time.time() is the virtual clock shifted to a fixed date (2023-11-14 22:13:20 UTC)
const EPOCH_OFFSET = 1_700_000_000;

const TM_FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

// time.struct_time: nine fields in the tuple, and tm_zone/tm_gmtoff read by name only (None when
// it was built from a plain 9-sequence), as CPython's struct sequence has them.
let structTime: { type: PyType; make: TStructSeq; zones: WeakMap<PyTuple, [PyValue, PyValue]> } | null = null;
function structTimeType(): NonNullable<typeof structTime> {
  if (structTime) return structTime;
  const make = makeStructSeq("time", "struct_time", TM_FIELDS);
  const type = make([]).cls as PyType;
  const zones = new WeakMap<PyTuple, [PyValue, PyValue]>();
  type.dict.set("n_fields", 11);
  type.dict.set("n_unnamed_fields", 0);
  ["tm_zone", "tm_gmtoff"].forEach((name, i) => {
    type.dict.set(name, new PyProperty(new PyBuiltin(`struct_time.${name}`, ([self]) => zones.get(self as PyTuple)?.[i] ?? None), None, None, None));
  });
  type.dict.set(
    "__new__",
    new PyStaticMethod(
      new PyBuiltin("struct_time.__new__", ([, seq]) => {
        if (seq === undefined) return typeError("structseq() missing required argument 'sequence' (pos 1)");
        const items = iterToArray(seq);
        if (items.length < 9) return typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
        if (items.length > 11) return typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
        const made = make(items.slice(0, 9));
        if (items.length > 9) zones.set(made, [items[9]!, items[10] ?? None]);
        return made;
      }),
    ),
  );
  structTime = { type, make, zones };
  return structTime;
}

// The module object is shared by forked processes (like every module), so each call reads the
// clock of the process that calls it, never the importer's.
export function makeTimeModule(prog: Program): PyModule {
  const caller = () => prog.currentThread();
  const clock = () => clockRead(prog, caller().proc);
  const sleep = fn("sleep", ([d]) => {
    const secs = realArg(d!);
    if (secs < 0) valueError("sleep length must be non-negative");
    const th = caller();
    prog.sched.addTimer(th.proc, prog.sched.clockNow(th.proc) + secs, () => prog.sched.wake(th, None));
    return prog.sched.block(th, `time.sleep(${floatRepr(secs)})`);
  });
  // the sandbox's local time is UTC: localtime and gmtime agree, tm_isdst 0 (glibc names gmtime's zone GMT)
  const brokenDown = (name: string, zone: string) =>
    fn(name, ([secs]) => {
      const st = structTimeType();
      const when = secs === undefined || secs === None ? F(EPOCH_OFFSET + clock()) : secs;
      const dt = (prog.importModule("datetime", true) as PyModule).dict.get("datetime")!;
      const moment = callValue(getAttr(dt, "utcfromtimestamp"), [when], null);
      const fields = iterToArray(callValue(getAttr(moment, "timetuple"), [], null));
      fields[8] = 0;
      const made = st.make(fields);
      st.zones.set(made, [zone, 0]);
      return made;
    });
  return makeModule("time", {
    sleep,
    struct_time: structTimeType().type,
    localtime: brokenDown("localtime", "UTC"),
    gmtime: brokenDown("gmtime", "GMT"),
    time: fn("time", () => F(EPOCH_OFFSET + clock())),
    perf_counter: fn("perf_counter", () => F(clock())),
    monotonic: fn("monotonic", () => F(clock())),
    process_time: fn("process_time", () => F(prog.sched.processCpu(caller().proc))),
    thread_time: fn("thread_time", () => F(prog.sched.threadCpu(caller()))),
    time_ns: fn("time_ns", () => norm(BigInt(Math.round((EPOCH_OFFSET + clock()) * 1e9)))),
    perf_counter_ns: fn("perf_counter_ns", () => Math.round(clock() * 1e9)),
    monotonic_ns: fn("monotonic_ns", () => Math.round(clock() * 1e9)),
    // strftime formats the clock's current moment (or a time tuple) with datetime's formatter
    strftime: fn("strftime", ([format, when]) => {
      const dt = (prog.importModule("datetime", true) as PyModule).dict.get("datetime")!;
      const moment = when === undefined ? callValue(getAttr(dt, "fromtimestamp"), [F(EPOCH_OFFSET + clock())], null) : callValue(dt, iterToArray(when).slice(0, 6), null);
      return callValue(getAttr(moment, "strftime"), [format!], null);
    }),
  });
}
