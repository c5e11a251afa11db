// time on the virtual clock: the clock reads, sleep (a blocking call: the thread parks until a
// timer wakes it) and the CPU clocks.
import type { Program } from "../program";
import { valueError } from "../runtime/errors";
import { fn, makeModule, realArg } from "../runtime/native";
import { floatRepr, norm } from "../runtime/num";
import { None, PyFloat, PyModule } from "../runtime/value";
import { callValue } from "../runtime/call";
import { getAttr } from "../runtime/attrs";
import { iterToArray } from "../runtime/iter";
import type { SimProcess } from "../sched/scheduler";

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
  return makeModule("time", {
    sleep,
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
