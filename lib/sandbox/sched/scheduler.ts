// The virtual-time scheduler: processes (each with its own GIL and clock) run in parallel
// on N virtual cores; inside a process, threads share one GIL following CPython's
// ceval_gil.h rules (switch interval, drop requests at eval-breaker points, FIFO waiters).
import type { PyExc, PyValue } from "../runtime/value";
import { None } from "../runtime/value";
import { newExecState, type ExecState, type RunResult } from "../vm/frame";
import type { Interp } from "../vm/interp";
import { HaltError, SUSPEND } from "../vm/signals";
import { Deque } from "./deque";
import { Heap } from "./heap";
import { TraceRecorder, type TLane } from "./trace";

export type SchedOptions = {
  switchInterval: number;
  switchIntervalInstructions: number | null;
  cores: number;
  cost: number;
  instructionBudget: number;
  shouldStop: (() => boolean) | null;
};

export type Timer = { when: number; seq: number; fn: () => void; cancelled: boolean };

/** What happens when a thread's bottom frame finishes or it has no frame to run. */
export type Driver = {
  /** the base frame returned/raised/yielded */
  onResult(th: SimThread, r: RunResult): void;
  /** the thread holds the GIL but has no frame: do native work (may set a frame or block) */
  step?(th: SimThread): void;
};

export class SimThread {
  exec: ExecState;
  state: "new" | "ready" | "running" | "blocked" | "done" = "new";
  readySince = 0;
  detail = "";
  daemon = false;
  lane: TLane;
  /** callbacks run when the thread finishes (join waiters) */
  onDone: (() => void)[] = [];
  started = false;
  /** woken with this value; undefined → nothing pushed */
  driver: Driver;
  /** resume value that will be delivered when it next runs */
  pyThread: PyValue = None;
  ident: number;
  /** called once, the first time the thread gets the GIL (Thread.start handshake) */
  onFirstRun: (() => void) | null = null;
  /** a pending timeout timer for the current block, cancelled on wake */
  timeoutTimer: Timer | null = null;
  /** checked when the thread gets the GIL after a wake; false → it goes back to sleep (lock retry) */
  onResume: (() => boolean) | null = null;
  /** set by a native that returned SUSPEND without blocking: re-plumbs the thread (asyncio.run) */
  afterPark: (() => void) | null = null;
  /** true while the thread has native driver work and no frame */
  wantsStep = false;
  /** CPU seconds this thread has used, up to the end of its last slice */
  cpu = 0;
  constructor(
    public proc: SimProcess,
    public name: string,
    driver: Driver,
    lane: TLane,
    ident: number,
  ) {
    this.exec = newExecState(this);
    this.driver = driver;
    this.lane = lane;
    this.ident = ident;
  }
}

export class SimProcess {
  now = 0;
  threads: SimThread[] = [];
  holder: SimThread | null = null;
  waiters = new Deque<SimThread>();
  lastSwitch = 0;
  switchNumber = 0;
  timers = new Heap<Timer>((a, b) => (a.when !== b.when ? a.when < b.when : a.seq < b.seq));
  exited = false;
  exitCode = 0;
  /** buffered stdout for child processes (flushed at exit, like a piped child) */
  outBuf = "";
  lane: TLane | null = null;
  modules = new Map<string, PyValue>();
  globals: Map<string, PyValue> | null = null;
  onExit: (() => void)[] = [];
  threadCounter = 0;
  /** threading._register_atexit callables, run (last first) by threading._shutdown */
  atexit: PyValue[] = [];
  switchInterval: number;
  busy = 0;
  lastHolder: SimThread | null = null;
  /** stdout is a block-buffered pipe (children always; the parent once it has forked) */
  buffered = false;
  /** the thread whose slice is running now (null between slices), the instruction count it had
   * when the slice began, and what one instruction costs in this slice: with them the clock can
   * be read mid-slice (Scheduler.clockNow) */
  sliceThread: SimThread | null = null;
  sliceStart = 0;
  sliceCost = 0;
  constructor(
    public id: number,
    public name: string,
    switchInterval: number,
  ) {
    this.switchInterval = switchInterval;
  }
  nextTimer(): number {
    while (this.timers.size && this.timers.peek()!.cancelled) this.timers.pop();
    return this.timers.size ? this.timers.peek()!.when : Infinity;
  }
  runnable(): boolean {
    return this.holder !== null || this.waiters.length > 0;
  }
}

export class Scheduler {
  procs: SimProcess[] = [];
  trace = new TraceRecorder();
  seq = 0;
  contextSwitches = 0;
  gilWait = 0;
  halted: HaltError | null = null;
  nextIdent = 1;
  cpuBusy: number[];
  sinceStopCheck = 0;
  constructor(
    public interp: Interp,
    public opts: SchedOptions,
  ) {
    this.cpuBusy = new Array(Math.max(1, opts.cores)).fill(0);
  }

  newProcess(name: string): SimProcess {
    const p = new SimProcess(this.procs.length, name, this.opts.switchInterval);
    this.procs.push(p);
    return p;
  }

  newThread(p: SimProcess, name: string, label: string, driver: Driver, kind: "thread" | "task" = "thread"): SimThread {
    const lane = this.trace.lane(label, kind, p.id);
    const th = new SimThread(p, name, driver, lane, this.nextIdent++);
    p.threads.push(th);
    return th;
  }

  // ---------- the clock as a running thread sees it ----------
  /** Instructions the running slice of process p has executed so far (0 between slices). p.now
   * only advances when a slice ends, so reads of the clock in the middle of one add these. */
  private sliceRan(p: SimProcess): number {
    const th = p.sliceThread;
    return th === null ? 0 : th.exec.executed + th.exec.inflight - p.sliceStart;
  }
  /** The virtual time in process p now, as its running thread sees it (time.monotonic()). */
  clockNow(p: SimProcess): number {
    return p.now + this.sliceRan(p) * p.sliceCost;
  }
  /** CPU seconds process p has used so far (time.process_time()). */
  processCpu(p: SimProcess): number {
    return p.busy + this.sliceRan(p) * this.opts.cost;
  }
  /** CPU seconds thread th has used so far (time.thread_time()). */
  threadCpu(th: SimThread): number {
    return th.cpu + (th.proc.sliceThread === th ? this.sliceRan(th.proc) * this.opts.cost : 0);
  }

  // ---------- timers ----------
  addTimer(p: SimProcess, when: number, fn: () => void): Timer {
    const t: Timer = { when, seq: this.seq++, fn, cancelled: false };
    p.timers.push(t);
    return t;
  }

  // ---------- thread state transitions ----------
  /** Make a thread want the GIL (it does not get control until the holder lets go). */
  makeReady(th: SimThread, front = false): void {
    const p = th.proc;
    if (th.state === "done") return;
    th.state = "ready";
    th.readySince = p.now;
    this.trace.set(th.lane, "ready", p.now, "waiting for GIL");
    if (front) p.waiters.unshift(th);
    else p.waiters.push(th);
  }

  /** Park the current thread (a blocking call). The GIL is released right away. */
  block(th: SimThread, detail: string, timeout?: number, onTimeout?: () => void): PyValue {
    const p = th.proc;
    // blocking happens mid-slice: the thread blocks at its own time, not at the slice's start
    const now = this.clockNow(p);
    th.state = "blocked";
    th.detail = detail;
    this.trace.set(th.lane, "blocked", now, detail);
    if (p.holder === th) p.holder = null;
    if (timeout !== undefined && Number.isFinite(timeout)) {
      th.timeoutTimer = this.addTimer(p, now + Math.max(0, timeout), () => {
        th.timeoutTimer = null;
        if (th.state !== "blocked") return;
        onTimeout?.();
      });
    }
    return SUSPEND;
  }

  /** Wake a blocked thread; it resumes with `value` (or raises `exc`) once it has the GIL. */
  wake(th: SimThread, value: PyValue, exc: PyExc | null = null): void {
    if (th.state !== "blocked") return;
    if (th.timeoutTimer) {
      th.timeoutTimer.cancelled = true;
      th.timeoutTimer = null;
    }
    th.exec.resumeValue = exc ? undefined : value;
    th.exec.resumeExc = exc;
    this.trace.event({ t: th.proc.now, kind: "wake", lane: th.lane.id, detail: th.detail });
    this.makeReady(th);
  }

  finishThread(th: SimThread): void {
    const p = th.proc;
    th.state = "done";
    this.trace.set(th.lane, "done", p.now);
    this.trace.event({ t: p.now, kind: "end", lane: th.lane.id });
    if (p.holder === th) p.holder = null;
    const cbs = th.onDone;
    th.onDone = [];
    for (const cb of cbs) cb();
  }

  private takeGil(p: SimProcess): SimThread | null {
    for (;;) {
      const th = p.waiters.shift();
      if (!th) return null;
      if (th.state !== "ready") continue;
      if (th.onResume) {
        const f = th.onResume;
        if (!f()) {
          // lost the race for the resource it was woken for: back to sleep (CPython locks are not fair)
          th.state = "blocked";
          this.trace.set(th.lane, "blocked", p.now, th.detail);
          continue;
        }
        th.onResume = null;
      }
      this.gilWait += p.now - th.readySince;
      p.holder = th;
      if (p.lastHolder !== th) {
        this.contextSwitches++;
        this.trace.event({ t: p.now, kind: "switch", lane: th.lane.id });
      }
      p.lastHolder = th;
      p.lastSwitch = p.now;
      p.switchNumber++;
      th.state = "running";
      this.trace.set(th.lane, "running", p.now);
      if (th.onFirstRun) {
        const f = th.onFirstRun;
        th.onFirstRun = null;
        f();
      }
      return th;
    }
  }

  // ---------- main loop ----------
  runUntilIdle(): void {
    for (;;) {
      if (this.halted) throw this.halted;
      let best: SimProcess | null = null;
      let bestT = Infinity;
      let active = 0;
      for (const p of this.procs) {
        if (p.exited) continue;
        const t = p.runnable() ? p.now : p.nextTimer();
        if (p.runnable()) active++;
        if (t < bestT) {
          best = p;
          bestT = t;
        }
      }
      if (!best) return;
      const p = best;
      if (!p.runnable()) {
        // idle: jump the clock to the next timer
        p.now = Math.max(p.now, bestT);
        this.fireTimers(p);
        continue;
      }
      this.fireTimers(p);
      this.runSlice(p, active);
    }
  }

  fireTimers(p: SimProcess): void {
    for (;;) {
      const t = p.timers.peek();
      if (!t) return;
      if (t.cancelled) {
        p.timers.pop();
        continue;
      }
      if (t.when > p.now) return;
      p.timers.pop();
      t.fn();
    }
  }

  private runSlice(p: SimProcess, active: number): void {
    let th = p.holder;
    if (th === null) th = this.takeGil(p);
    if (th === null) return;
    if (th.exec.frame === null || th.wantsStep) {
      if (th.driver.step) {
        th.wantsStep = false;
        this.interp.cur = th.exec;
        th.driver.step(th);
        return;
      }
      this.finishThread(th);
      return;
    }
    const cost = this.opts.cost * Math.max(1, active / this.opts.cores);
    // instructions until the next thing that could change who runs
    let until = p.nextTimer();
    const others = this.procs.some((q) => q !== p && !q.exited);
    if (others) until = Math.min(until, p.now + 0.001);
    let limit: number;
    if (this.opts.switchIntervalInstructions !== null && p.waiters.length > 0) limit = this.opts.switchIntervalInstructions;
    else {
      if (p.waiters.length > 0) {
        const front = p.waiters.peek()!;
        const deadline = Math.max(front.readySince, p.lastSwitch) + p.switchInterval;
        until = Math.min(until, deadline);
      }
      limit = Math.max(1, Math.ceil((until - p.now) / cost));
      if (!Number.isFinite(limit)) limit = 1_000_000;
      limit = Math.min(limit, 1_000_000);
    }
    const remaining = this.opts.instructionBudget - this.interp.totalExecuted;
    if (remaining <= 0) throw (this.halted = new HaltError("budget", `instruction budget of ${this.opts.instructionBudget} instructions exhausted (infinite loop?)`));
    limit = Math.min(limit, remaining);
    this.interp.cur = th.exec;
    const before = th.exec.executed;
    p.sliceThread = th;
    p.sliceStart = before;
    p.sliceCost = cost;
    let r: RunResult;
    try {
      r = this.interp.run(th.exec, limit);
    } catch (e) {
      if (e instanceof HaltError) this.halted = e;
      throw e;
    } finally {
      p.sliceThread = null;
    }
    const ran = th.exec.executed - before;
    const dt = ran * cost;
    p.now += dt;
    p.busy += ran * this.opts.cost;
    th.cpu += ran * this.opts.cost;
    this.cpuBusy[p.id % this.cpuBusy.length]! += ran * this.opts.cost;
    this.sinceStopCheck += ran;
    if (this.sinceStopCheck > 20000) {
      this.sinceStopCheck = 0;
      if (this.opts.shouldStop && this.opts.shouldStop()) throw (this.halted = new HaltError("stopped", "stopped by request"));
    }
    switch (r.k) {
      case "preempted": {
        // eval breaker: drop the GIL if someone has waited a full switch interval
        if (p.waiters.length > 0 && p.holder === th) {
          const front = p.waiters.peek()!;
          const deadline = Math.max(front.readySince, p.lastSwitch) + p.switchInterval;
          const stress = this.opts.switchIntervalInstructions !== null;
          if (stress || p.now >= deadline - 1e-12) {
            this.trace.event({ t: p.now, kind: "forced-switch", lane: th.lane.id });
            p.holder = null;
            this.makeReady(th);
            this.takeGil(p);
          }
        }
        return;
      }
      case "parked":
        if (th.afterPark) {
          const f = th.afterPark;
          th.afterPark = null;
          f();
          return;
        }
        if (p.holder === th && th.state !== "running") p.holder = null;
        return;
      default:
        th.driver.onResult(th, r);
        return;
    }
  }
}
