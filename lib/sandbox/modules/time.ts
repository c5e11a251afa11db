// time on the virtual clock: the clock reads, sleep (a blocking call: the thread parks until a
// timer wakes it) and the CPU clocks.
import type { Program } from "../program";
import { valueError } from "../runtime/errors";
import { fn, makeModule, realArg } from "../runtime/native";
import { floatRepr, norm } from "../runtime/num";
import { None, PyFloat, PyModule } from "../runtime/value";
import type { SimProcess } from "../sched/scheduler";

const F = (x: number) => new PyFloat(x);

/** Virtual clock reads get a tiny monotonic increment so successive sleeps get distinct deadlines (FIFO wake-up). */
export function clockRead(proc: SimProcess): number {
  proc.now += 1e-9;
  return proc.now;
}

export function makeTimeModule(prog: Program, proc: SimProcess): PyModule {
  const sleep = fn("sleep", ([d]) => {
    const secs = realArg(d!);
    if (secs < 0) valueError("sleep length must be non-negative");
    const th = prog.currentThread();
    const p = th.proc;
    prog.sched.addTimer(p, p.now + secs, () => prog.sched.wake(th, None));
    return prog.sched.block(th, `time.sleep(${floatRepr(secs)})`);
  });
  const now = () => F(clockRead(proc));
  return makeModule("time", {
    sleep,
    time: fn("time", () => F(1_700_000_000 + clockRead(proc))),
    perf_counter: fn("perf_counter", now),
    monotonic: fn("monotonic", now),
    process_time: fn("process_time", () => F(proc.busy)),
    thread_time: fn("thread_time", () => F(proc.busy)),
    time_ns: fn("time_ns", () => norm(BigInt(Math.round((1_700_000_000 + clockRead(proc)) * 1e9)))),
    perf_counter_ns: fn("perf_counter_ns", () => Math.round(clockRead(proc) * 1e9)),
    monotonic_ns: fn("monotonic_ns", () => Math.round(clockRead(proc) * 1e9)),
    strftime: fn("strftime", () => "2023-11-14 22:13:20"),
  });
}
