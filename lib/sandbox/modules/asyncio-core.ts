// Native core of asyncio: Future, Task and the event loop, serving the ready deque and the
// timer heap exactly like BaseEventLoop._run_once, stepping tasks like Task.__step/__wakeup.
import type { Program } from "../program";
import { newExc, raise, typeError } from "../runtime/errors";
import { fn, methods } from "../runtime/native";
import { getAttrOpt } from "../runtime/attrs";
import { callValue } from "../runtime/call";
import { toNum, truthy } from "../runtime/coerce";
import { repr, str } from "../runtime/repr";
import { exc as excType, makeType } from "../runtime/types";
import { None, PyBuiltin, PyExc, PyMethod, PyObj, PyTuple, PyType, T, type PyValue } from "../runtime/value";
import { Deque } from "../sched/deque";
import { Heap } from "../sched/heap";
import type { SimThread, Driver, SimProcess } from "../sched/scheduler";
import type { TLane } from "../sched/trace";
import { PyGenerator, Resume, type RunResult } from "../vm/frame";
import { SUSPEND } from "../vm/signals";
import { clockRead } from "./time";
import { formatException, stdlibEntry } from "../vm/traceback";

export const futureType = makeType("Future", [T.object]);
futureType.module = "asyncio";
export const taskType = makeType("Task", [futureType]);
taskType.module = "asyncio";
export const handleType = makeType("Handle", [T.object]);
handleType.module = "asyncio";
export const loopType = makeType("_UnixSelectorEventLoop", [T.object]);
loopType.module = "asyncio";
const sleepAwaitType = makeType("coroutine", [T.object]);

export const CancelledError = makeType("CancelledError", [excType("BaseException")]);
CancelledError.module = "asyncio.exceptions";
CancelledError.qualname = "CancelledError";
export const InvalidStateError = makeType("InvalidStateError", [excType("Exception")]);
InvalidStateError.module = "asyncio.exceptions";

export class PyFuture extends PyObj {
  state: "PENDING" | "CANCELLED" | "FINISHED" = "PENDING";
  result: PyValue = None;
  exception: PyExc | null = null;
  callbacks: PyValue[] = [];
  cancelMsg: PyValue = None;
  retrieved = false;
  /** what a task awaiting this future is blocked on (trace detail) */
  detail = "Future";
  constructor(
    public loop: EventLoop,
    cls: PyType = futureType,
  ) {
    super(cls);
  }
  done(): boolean {
    return this.state !== "PENDING";
  }
  getResult(): PyValue {
    if (this.state === "CANCELLED") throw this.makeCancelledError();
    if (this.state !== "FINISHED") raise(InvalidStateError, "Result is not ready.");
    this.retrieved = true;
    if (this.exception) throw this.exception;
    return this.result;
  }
  /** the CancelledError that ended a task's coroutine: re-raised once, keeping its traceback */
  cancelledExc: PyExc | null = null;
  makeCancelledError(): PyExc {
    const kept = this.cancelledExc;
    if (kept !== null) {
      this.cancelledExc = null;
      return kept;
    }
    return this.cancelMsg === None ? newExc(CancelledError) : newExc(CancelledError, this.cancelMsg);
  }
  scheduleCallbacks(): void {
    const cbs = this.callbacks;
    this.callbacks = [];
    for (const cb of cbs) this.loop.callSoon(cb, [this]);
  }
  setResult(v: PyValue): void {
    if (this.state !== "PENDING") raise(InvalidStateError, "invalid state");
    this.result = v;
    this.state = "FINISHED";
    this.scheduleCallbacks();
  }
  setException(e: PyValue): void {
    if (this.state !== "PENDING") raise(InvalidStateError, "invalid state");
    let ex = e;
    if (ex instanceof PyType) ex = callValue(ex, [], null);
    if (!(ex instanceof PyExc)) typeError("invalid exception object");
    if ((ex as PyExc).cls.name === "StopIteration") typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    this.exception = ex as PyExc;
    this.state = "FINISHED";
    this.scheduleCallbacks();
  }
  /** _GatheringFuture-style override: cancel() delegates to this callable */
  cancelHook: PyValue | null = null;
  cancel(msg: PyValue = None): boolean {
    if (this.cancelHook !== null && this.cancelHook !== None) return truthy(callValue(this.cancelHook, [msg], null));
    if (this.state !== "PENDING") return false;
    this.state = "CANCELLED";
    this.cancelMsg = msg;
    this.scheduleCallbacks();
    return true;
  }
  addDoneCallback(cb: PyValue): void {
    if (this.state !== "PENDING") this.loop.callSoon(cb, [this]);
    else this.callbacks.push(cb);
  }
  /** the await protocol: yield self while pending, then return the result */
  awaitStep(_sent: PyValue): { done: boolean; value: PyValue } {
    if (this.state === "PENDING") return { done: false, value: this };
    return { done: true, value: this.getResult() };
  }
}

export class PyTask extends PyFuture {
  mustCancel = false;
  futWaiter: PyFuture | null = null;
  numCancels = 0;
  name: string;
  lane: TLane;
  constructor(
    loop: EventLoop,
    public coro: PyGenerator,
    name: string | null,
  ) {
    super(loop, taskType);
    const n = loop.prog.nextTaskNumber(loop.proc);
    this.name = name ?? `Task-${n}`;
    this.lane = loop.prog.sched.trace.lane(`${this.name} (${coro.name})`, "task", loop.proc.id);
    loop.prog.sched.trace.set(this.lane, "ready", loop.proc.now);
  }
  override cancel(msg: PyValue = None): boolean {
    if (this.done()) return false;
    this.numCancels++;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.cancelMsg = msg;
    return true;
  }
  superCancel(msg: PyValue): boolean {
    return PyFuture.prototype.cancel.call(this, msg);
  }
}

type Handle = PyObj & { cb: PyValue | (() => void); args: PyValue[]; cancelled: boolean; when: number };
function newHandle(cb: PyValue | (() => void), args: PyValue[], when = 0): Handle {
  const h = new PyObj(handleType) as Handle;
  h.cb = cb;
  h.args = args;
  h.cancelled = false;
  h.when = when;
  return h;
}

export class EventLoop extends PyObj {
  ready = new Deque<Handle>();
  scheduled = new Heap<Handle>((a, b) => a.when < b.when);
  ntodo = 0;
  stopping = false;
  running = true;
  current: PyTask | null = null;
  tasks = new Set<PyTask>();
  /** tasks that ended with an exception, checked for "never retrieved" when the loop closes */
  failed: PyTask[] = [];
  cancelledTimers = 0;
  /** waiting in select(): the pending wake-up timer */
  selectTimer: ReturnType<Program["sched"]["addTimer"]> | null = null;
  inSelect = false;
  /** after a select() that ran its full timeout: the time epoll would really have woken at */
  selectWokeAt = -Infinity;
  executor: PyValue = None;
  constructor(
    public prog: Program,
    public thread: SimThread,
    public proc: SimProcess,
  ) {
    super(loopType);
  }
  time(): number {
    return clockRead(this.prog, this.proc);
  }
  callSoon(cb: PyValue | (() => void), args: PyValue[]): Handle {
    const h = newHandle(cb, args);
    this.ready.push(h);
    return h;
  }
  callAt(when: number, cb: PyValue | (() => void), args: PyValue[]): Handle {
    const h = newHandle(cb, args, when);
    this.scheduled.push(h);
    return h;
  }
  callSoonThreadsafe(cb: PyValue | (() => void), args: PyValue[]): Handle {
    const h = this.callSoon(cb, args);
    // wake the loop's select()
    if (this.inSelect) {
      this.inSelect = false;
      if (this.selectTimer) this.selectTimer.cancelled = true;
      this.prog.sched.wake(this.thread, None);
    }
    return h;
  }
  createTask(coro: PyValue, name: string | null): PyTask {
    if (!(coro instanceof PyGenerator) || !coro.isCoroutine) typeError(`a coroutine was expected, got ${repr(coro)}`);
    const t = new PyTask(this, coro as PyGenerator, name);
    this.tasks.add(t);
    this.callSoon(() => this.step(t, null), []);
    return t;
  }

  // ---------- Task.__step / __wakeup ----------
  step(task: PyTask, exc: PyExc | null): void {
    if (task.done()) return;
    if (task.mustCancel) {
      exc = task.makeCancelledError();
      task.mustCancel = false;
    }
    task.futWaiter = null;
    const th = this.thread;
    const coro = task.coro;
    const interp = this.prog.interp;
    this.current = task;
    this.prog.sched.trace.set(task.lane, "running", this.proc.now);
    if (!coro.started && exc) {
      coro.finished = true;
      this.finishStep(task, { k: "exception", exc });
      return;
    }
    interp.cur = th.exec;
    interp.enterGen(coro, None, exc, Resume.NATIVE, null);
    coro.started = true;
    th.exec.frame = coro.frame;
    th.exec.resumeValue = undefined;
    th.exec.resumeExc = exc;
    this.stepping = task;
  }
  stepping: PyTask | null = null;

  wakeup(task: PyTask, fut: PyFuture): void {
    try {
      fut.getResult();
    } catch (e) {
      if (e instanceof PyExc) {
        this.step(task, e);
        return;
      }
      throw e;
    }
    this.step(task, null);
  }

  finishStep(task: PyTask, r: RunResult): void {
    this.current = null;
    this.stepping = null;
    const trace = this.prog.sched.trace;
    const now = this.proc.now;
    switch (r.k) {
      case "return":
        if (task.mustCancel) {
          task.mustCancel = false;
          task.superCancel(task.cancelMsg);
        } else task.setResult(r.value);
        break;
      case "exception":
        if (r.exc.cls === CancelledError || isCancelled(r.exc)) {
          // as Task.__step: the error is kept to be re-raised once, and Future.cancel() gets no
          // message (a later result() raises a bare CancelledError)
          task.cancelledExc = r.exc;
          task.superCancel(None);
        } else {
          task.setException(r.exc);
          this.failed.push(task);
        }
        break;
      case "yield": {
        const v = r.value;
        if (v instanceof PyFuture) {
          if (v === task) {
            this.callSoon(() => this.step(task, newExc("RuntimeError", `Task cannot await on itself: ${repr(task)}`)), []);
            break;
          }
          v.addDoneCallback(new PyBuiltin("Task.__wakeup", ([f]) => (this.wakeup(task, f as PyFuture), None)));
          task.futWaiter = v;
          trace.set(task.lane, "blocked", now, v.detail);
          if (task.mustCancel) {
            if (v.cancel(task.cancelMsg)) task.mustCancel = false;
          }
        } else if (v === None) {
          trace.set(task.lane, "ready", now, "sleep(0)");
          this.callSoon(() => this.step(task, null), []);
        } else {
          this.callSoon(() => this.step(task, newExc("RuntimeError", `Task got bad yield: ${repr(v)}`)), []);
        }
        break;
      }
      default:
        break;
    }
    if (task.done()) {
      trace.set(task.lane, "done", now);
      this.tasks.delete(task);
    }
    this.thread.exec.frame = null;
  }

  // ---------- BaseEventLoop._run_once ----------
  /** Run handles until a task step needs the VM (returns true) or the loop must wait/stop. */
  runHandles(): "vm" | "select" | "stopped" {
    const sched = this.prog.sched;
    for (;;) {
      while (this.ntodo > 0) {
        this.ntodo--;
        const h = this.ready.shift()!;
        if (h.cancelled) continue;
        if (typeof h.cb === "function") h.cb();
        else {
          try {
            callValue(h.cb, h.args, null);
          } catch (e) {
            if (!(e instanceof PyExc)) throw e;
            this.prog.write(`Exception in callback ${str(h.cb)}\n` + formatException(e), true);
          }
        }
        if (this.thread.exec.frame !== null) return "vm";
      }
      if (this.stopping) return "stopped";
      // new iteration: drop cancelled timers at the head
      const sch = this.scheduled;
      if (sch.size > 100 && this.cancelledTimers * 2 > sch.size) {
        sch.rebuild((h) => !h.cancelled);
        this.cancelledTimers = 0;
      } else
        while (sch.size && sch.peek()!.cancelled) {
          sch.pop();
          this.cancelledTimers = Math.max(0, this.cancelledTimers - 1);
        }
      let timeout = Infinity;
      if (this.ready.length || this.stopping) timeout = 0;
      else if (sch.size) timeout = Math.max(0, sch.peek()!.when - this.proc.now);
      if (timeout > 0) {
        // select(timeout): the loop thread blocks; other threads may run meanwhile
        if (timeout === Infinity && !this.hasOutsideWork()) return "select";
        this.inSelect = true;
        const th = this.thread;
        if (Number.isFinite(timeout)) {
          // EpollSelector.select rounds the timeout up to whole milliseconds, so a real loop
          // wakes up to 1 ms after the head timer, and every timer due by then fires in the same
          // iteration (two tasks sleeping the same time wake together). The clock still jumps
          // exactly to the head timer, so sleeps last what they say; only the batch is wider.
          const wokeAt = this.proc.now + Math.ceil(timeout * 1e3) * 1e-3;
          this.selectTimer = sched.addTimer(this.proc, this.proc.now + timeout, () => {
            this.inSelect = false;
            this.selectWokeAt = wokeAt;
            sched.wake(th, None);
          });
        }
        sched.block(th, "selector.select()");
        return "select";
      }
      const end = Math.max(this.proc.now, this.selectWokeAt) + 1e-9;
      this.selectWokeAt = -Infinity;
      while (sch.size) {
        const h = sch.peek()!;
        if (h.cancelled) {
          sch.pop();
          continue;
        }
        if (h.when >= end) break;
        sch.pop();
        this.ready.push(h);
      }
      this.ntodo = this.ready.length;
    }
  }
  hasOutsideWork(): boolean {
    return this.proc.threads.some((t) => t !== this.thread && t.state !== "done" && t.state !== "new");
  }
}

/** Task.__del__'s "Task exception was never retrieved", logged through the loop's default exception
 * handler. CPython logs when the task is freed; without reference counts the sandbox logs when
 * asyncio.run closes the loop (tasks nobody references any more are freed by then at the latest). */
function reportUnretrieved(loop: EventLoop): void {
  for (const t of loop.failed) {
    if (t.retrieved || t.exception === null) continue;
    t.retrieved = true;
    const code = t.coro.frame?.code;
    const where = code ? `, defined at ${code.filename}:${code.firstLine}` : "";
    const fut = `<Task finished name='${t.name}' coro=<${t.coro.qualname}() done${where}> exception=${repr(t.exception)}>`;
    loop.prog.write(`Task exception was never retrieved\nfuture: ${fut}\n` + formatException(t.exception), true);
  }
  loop.failed = [];
}

function isCancelled(e: PyExc): boolean {
  return e.cls.mro.includes(CancelledError);
}

/** asyncio.run: turn the calling thread into the loop's thread until main() and cleanup finish. */
export function asyncioRun(prog: Program, coro: PyValue): PyValue {
  const th = prog.currentThread();
  if (loops.has(th)) raise("RuntimeError", "asyncio.run() cannot be called from a running event loop");
  if (!(coro instanceof PyGenerator) || !coro.isCoroutine) raise("ValueError", `a coroutine was expected, got ${repr(coro)}`);
  const loop = new EventLoop(prog, th, th.proc);
  loops.set(th, loop);
  // run_in_executor is Python code (it may start threads), bound per loop so it runs as a frame
  const amod = prog.importModule("asyncio.base_events") as PyObj & { dict: Map<string, PyValue> };
  const rie = amod.dict.get("_run_in_executor");
  if (rie) loop.attrs = new Map([["run_in_executor", new PyMethod(rie, loop)]]);
  const main = loop.createTask(coro, null);
  let phase: "main" | "cancel" | "executor" | "done" = "main";
  main.addDoneCallback(new PyBuiltin("_run_until_complete_cb", () => ((loop.stopping = true), None)));
  const saved = { frame: th.exec.frame, depth: th.exec.depth, driver: th.driver };
  const finish = () => {
    main.retrieved = true;
    reportUnretrieved(loop);
    loops.delete(th);
    th.driver = saved.driver;
    th.exec.frame = saved.frame;
    th.exec.depth = saved.depth;
    th.wantsStep = false;
    const failure = main.state === "CANCELLED" ? main.makeCancelledError() : main.exception;
    if (failure) {
      // the exception leaves CPython's Runner through run_until_complete's future.result()
      failure.tb.push(
        stdlibEntry("<stdlib>/asyncio/base_events.py", 653, "run_until_complete"),
        stdlibEntry("<stdlib>/asyncio/runners.py", 118, "run"),
        stdlibEntry("<stdlib>/asyncio/runners.py", 190, "run"),
      );
      th.exec.resumeExc = failure;
      th.exec.resumeValue = undefined;
    } else {
      th.exec.resumeValue = main.result;
      th.exec.resumeExc = null;
    }
  };
  const driver: Driver = {
    onResult: (t, r) => {
      const task = loop.stepping;
      if (task) loop.finishStep(task, r);
      t.wantsStep = true;
    },
    step: (t) => {
      for (;;) {
        const r = loop.runHandles();
        if (r === "vm") return;
        if (r === "select") {
          if (t.state !== "blocked") {
            // nothing can ever wake this loop
            raise("RuntimeError", "Event loop is waiting forever (deadlock)");
          }
          t.wantsStep = true;
          return;
        }
        // stopped
        loop.stopping = false;
        if (phase === "main") {
          phase = "cancel";
          const pending = [...loop.tasks].filter((x) => !x.done());
          if (pending.length) {
            for (const x of pending) x.cancel();
            let left = pending.length;
            for (const x of pending)
              x.addDoneCallback(
                new PyBuiltin("_cancel_done", () => {
                  left--;
                  if (left === 0) loop.stopping = true;
                  return None;
                }),
              );
            continue;
          }
        }
        if (phase === "cancel" && loop.executor !== None) {
          phase = "executor";
          const mod = prog.importModule("asyncio.base_events") as PyObj & { dict: Map<string, PyValue> };
          const helper = mod.dict.get("_shutdown_default_executor")!;
          const t = loop.createTask(callValue(helper, [loop.executor], null), null);
          t.addDoneCallback(new PyBuiltin("_stop", () => ((loop.stopping = true), None)));
          continue;
        }
        phase = "done";
        finish();
        return;
      }
    },
  };
  th.afterPark = () => {
    saved.frame = th.exec.frame;
    saved.depth = th.exec.depth;
    th.exec.frame = null;
    th.driver = driver;
    th.wantsStep = true;
  };
  return SUSPEND;
}

export const loops = new WeakMap<SimThread, EventLoop>();

export function runningLoop(prog: Program): EventLoop {
  const l = loops.get(prog.currentThread());
  if (!l) raise("RuntimeError", "no running event loop");
  return l!;
}

export function installAsyncioCore(prog: Program): Record<string, PyValue> {
  const F = (v: PyValue) => v as PyFuture;
  const futMethods = {
    result: ([f]: PyValue[]) => F(f!).getResult(),
    exception: ([f]: PyValue[]) => {
      const x = F(f!);
      if (x.state === "CANCELLED") throw x.makeCancelledError();
      if (x.state !== "FINISHED") raise(InvalidStateError, "Exception is not set.");
      x.retrieved = true;
      return x.exception ?? None;
    },
    done: ([f]: PyValue[]) => F(f!).done(),
    cancelled: ([f]: PyValue[]) => F(f!).state === "CANCELLED",
    cancel: ([f, msg]: PyValue[], kw: Map<string, PyValue> | null) => F(f!).cancel(msg ?? kw?.get("msg") ?? None),
    set_result: ([f, v]: PyValue[]) => (F(f!).setResult(v!), None),
    set_exception: ([f, e]: PyValue[]) => (F(f!).setException(e!), None),
    add_done_callback: ([f, cb]: PyValue[]) => (F(f!).addDoneCallback(cb!), None),
    remove_done_callback: ([f, cb]: PyValue[]) => {
      const x = F(f!);
      const before = x.callbacks.length;
      x.callbacks = x.callbacks.filter((c) => c !== cb && !(getAttrOpt(c, "__eq__") && c === cb));
      return before - x.callbacks.length;
    },
    get_loop: ([f]: PyValue[]) => F(f!).loop,
    __await__: ([f]: PyValue[]) => f!,
    _make_cancelled_error: ([f]: PyValue[]) => F(f!).makeCancelledError(),
    _cancel_msg: ([f]: PyValue[]) => F(f!).cancelMsg,
    _set_cancel_hook: ([f, h]: PyValue[]) => ((F(f!).cancelHook = h!), None),
    __iter__: ([f]: PyValue[]) => f!,
    __repr__: ([f]: PyValue[]) => {
      const x = F(f!);
      const st = x.state.toLowerCase();
      if (x instanceof PyTask) return `<Task ${st} name='${x.name}' coro=<${x.coro.qualname}()>${x.state === "FINISHED" && !x.exception ? ` result=${repr(x.result)}` : ""}>`;
      return `<Future ${st}${x.state === "FINISHED" && !x.exception ? ` result=${repr(x.result)}` : ""}>`;
    },
  };
  methods(futureType, futMethods);
  futureType.dict.set("__new__", new (class extends PyBuiltin {})("Future.__new__", () => None));
  futureType.dict.delete("__new__");
  methods(futureType, {
    __init__: () => None,
  });
  const Tk = (v: PyValue) => v as PyTask;
  methods(taskType, {
    get_name: ([t]) => Tk(t!).name,
    set_name: ([t, n]) => ((Tk(t!).name = str(n!)), None),
    get_coro: ([t]) => Tk(t!).coro,
    cancel: ([t, msg], kw) => Tk(t!).cancel(msg ?? kw?.get("msg") ?? None),
    cancelling: ([t]) => Tk(t!).numCancels,
    uncancel: ([t]) => (Tk(t!).numCancels > 0 ? --Tk(t!).numCancels : 0),
  });
  methods(sleepAwaitType, { __await__: ([s]) => s! });
  const H = (v: PyValue) => v as Handle;
  methods(handleType, {
    cancel: ([h]) => {
      const x = H(h!);
      if (!x.cancelled) {
        x.cancelled = true;
        if (x.when) {
          const l = loops.get(prog.currentThread());
          if (l) l.cancelledTimers++;
        }
      }
      return None;
    },
    cancelled: ([h]) => H(h!).cancelled,
    when: ([h]) => new (require_float())(H(h!).when),
  });
  const L = (v: PyValue) => v as EventLoop;
  const num = (v: PyValue) => toNum(v) ?? 0;
  methods(loopType, {
    time: ([l]) => new (require_float())(L(l!).time()),
    call_soon: ([l, cb, ...args]) => L(l!).callSoon(cb!, args),
    call_soon_threadsafe: ([l, cb, ...args]) => {
      // may run on another thread: use the loop object directly
      return L(l!).callSoonThreadsafe(cb!, args);
    },
    call_later: ([l, d, cb, ...args]) => L(l!).callAt(L(l!).time() + num(d!), cb!, args),
    call_at: ([l, w, cb, ...args]) => L(l!).callAt(num(w!), cb!, args),
    create_future: ([l]) => new PyFuture(L(l!)),
    create_task: ([l, c], kw) => L(l!).createTask(c!, kw?.get("name") !== undefined && kw.get("name") !== None ? str(kw.get("name")!) : null),
    is_running: ([l]) => L(l!).running,
    is_closed: () => false,
    get_debug: () => false,
    stop: ([l]) => ((L(l!).stopping = true), None),
    _get_default_executor: ([l]) => L(l!).executor,
    _set_default_executor: ([l, e]) => ((L(l!).executor = e!), None),
  });
  return {
    Future: futureType,
    Task: taskType,
    CancelledError,
    InvalidStateError,
    _run: fn("run", ([c]) => asyncioRun(prog, c!)),
    get_running_loop: fn("get_running_loop", () => runningLoop(prog)),
    get_event_loop: fn("get_event_loop", () => runningLoop(prog)),
    _get_loop_or_none: fn("_get_loop_or_none", () => loops.get(prog.currentThread()) ?? None),
    current_task: fn("current_task", () => loops.get(prog.currentThread())?.current ?? None),
    all_tasks: fn("all_tasks", () => {
      const l = runningLoop(prog);
      const s = new (require_set())();
      for (const t of l.tasks) if (!t.done()) s.map.set(t, t);
      return s;
    }),
    _sleep_future: fn("_sleep_future", ([d, result]) => {
      const loop = runningLoop(prog);
      const delay = num(d!);
      const fut = new PyFuture(loop);
      fut.detail = `asyncio.sleep(${repr(d!)})`;
      const h = loop.callAt(
        loop.time() + delay,
        () => {
          if (!fut.done()) fut.setResult(result ?? None);
        },
        [],
      );
      return new PyTuple([fut, h]);
    }),
    _sleep0: fn("_sleep0", () => {
      const o = new PyObj(sleepAwaitType) as PyObj & { awaitStep: (s: PyValue) => { done: boolean; value: PyValue }; n: number };
      o.n = 0;
      o.awaitStep = function () {
        if (this.n++ === 0) return { done: false, value: None };
        return { done: true, value: None };
      };
      return o;
    }),
    iscoroutine: fn("iscoroutine", ([c]) => c instanceof PyGenerator && c.isCoroutine),
    isfuture: fn("isfuture", ([f]) => f instanceof PyFuture),
    _task_name: fn("_task_name", ([t]) => (t as PyTask).name),
    _set_detail: fn("_set_detail", ([f, d]) => {
      (f as PyFuture).detail = str(d!);
      return None;
    }),
  };
}
import { PyFloat, PySet } from "../runtime/value";
function require_float() {
  return PyFloat;
}
function require_set() {
  return PySet;
}
