// The native core under threading/queue: locks (with CPython's unfair wake-then-retry
// behaviour), thread creation with the Thread.start() handshake, and join.
import type { Program } from "../program";
import { raise } from "../runtime/errors";
import { fn, methods } from "../runtime/native";
import { getAttr, getAttrOpt } from "../runtime/attrs";
import { toNum, truthy } from "../runtime/coerce";
import { makeType } from "../runtime/types";
import { None, PyFunction, PyObj, T, type PyValue } from "../runtime/value";
import type { SimProcess, SimThread } from "../sched/scheduler";
import { Frame } from "../vm/frame";
import type { FakeFrame } from "../vm/traceback";
import { makeModule } from "../runtime/native";

export const lockType = makeType("lock", [T.object]);
lockType.module = "_thread";

export class PyLock extends PyObj {
  locked = false;
  waiters: SimThread[] = [];
  constructor() {
    super(lockType);
  }
}

export function lockAcquire(prog: Program, lock: PyLock, blocking: boolean, timeout: number, detail = "Lock.acquire"): PyValue {
  if (!lock.locked) {
    lock.locked = true;
    return true;
  }
  if (!blocking) return false;
  const th = prog.currentThread();
  lock.waiters.push(th);
  th.onResume = () => {
    if (lock.locked) return false;
    lock.locked = true;
    lock.waiters.splice(lock.waiters.indexOf(th), 1);
    return true;
  };
  prog.sched.trace.event({ t: prog.sched.clockNow(th.proc), kind: "lock-wait", lane: th.lane.id, detail });
  return prog.sched.block(th, detail, timeout >= 0 ? timeout : undefined, () => {
    const i = lock.waiters.indexOf(th);
    if (i >= 0) lock.waiters.splice(i, 1);
    th.onResume = null;
    prog.sched.wake(th, false);
  });
}

export function lockRelease(prog: Program, lock: PyLock): void {
  if (!lock.locked) raise("RuntimeError", "release unlocked lock");
  lock.locked = false;
  const w = lock.waiters.find((t) => t.state === "blocked");
  // waking does not hand over the lock: the woken thread retries when it gets the GIL
  if (w) prog.sched.wake(w, true);
}

export function installLockMethods(prog: Program): void {
  const L = (v: PyValue) => v as PyLock;
  methods(lockType, {
    acquire: (args, kw) => {
      const blocking = truthy(args[1] ?? kw?.get("blocking") ?? true);
      const t = args[2] ?? kw?.get("timeout") ?? -1;
      return lockAcquire(prog, L(args[0]!), blocking, toNum(t) ?? -1);
    },
    release: ([l]) => {
      lockRelease(prog, L(l!));
      return None;
    },
    locked: ([l]) => L(l!).locked,
    __enter__: ([l]) => lockAcquire(prog, L(l!), true, -1),
    __exit__: ([l]) => {
      lockRelease(prog, L(l!));
      return None;
    },
    _at_fork_reinit: () => None,
  });
}

/** Python Thread object ↔ SimThread */
export const threadOf = new WeakMap<PyObj, SimThread>();

export function threadCounter(proc: SimProcess): number {
  return ++proc.threadCounter;
}

export function makeThreadCore(prog: Program, proc: SimProcess) {
  installLockMethods(prog);
  const sched = prog.sched;
  return makeModule("_thread_core", {
    allocate_lock: fn("allocate_lock", () => new PyLock()),
    get_ident: fn("get_ident", () => prog.currentThread().ident),
    _register_atexit: fn("_register_atexit", ([f]) => {
      const p = prog.currentThread().proc;
      if (f !== undefined && !p.atexit.includes(f)) p.atexit.push(f);
      return None;
    }),
    // atexit's runner: after every other shutdown hook (they run last first)
    _register_last_atexit: fn("_register_last_atexit", ([f]) => {
      const p = prog.currentThread().proc;
      if (f !== undefined && !p.atexit.includes(f)) p.atexit.unshift(f);
      return None;
    }),
    _newname: fn("_newname", ([target]) => {
      const n = threadCounter(proc);
      const tn = target !== undefined && target !== None ? getAttrOpt(target, "__name__") : undefined;
      return typeof tn === "string" ? `Thread-${n} (${tn})` : `Thread-${n}`;
    }),
    _start: fn("_start", ([obj, bootstrap]) => {
      const self = obj as PyObj;
      const parent = prog.currentThread();
      const name = String(getAttr(self, "name"));
      const th = sched.newThread(parent.proc, name, name, {
        onResult: (t, r) => {
          const fake: FakeFrame[] = [{ file: "<stdlib>/threading.py", line: 1045, name: "_bootstrap_inner", text: "self.run()" }];
          const runFn = getAttrOpt(self, "run");
          const isDefault = runFn !== undefined && (runFn as PyObj & { func?: PyFunction }).func?.code.hidden === true;
          if (isDefault) fake.push({ file: "<stdlib>/threading.py", line: 982, name: "run", text: "self._target(*self._args, **self._kwargs)" });
          prog.threadEnded(t, r, false, fake);
        },
      });
      th.daemon = truthy(getAttr(self, "daemon"));
      th.pyThread = self;
      threadOf.set(self, th);
      const f = prog.interp.callFrame(bootstrap as PyFunction, [self], 0, 1, null) as Frame;
      th.exec.frame = f;
      th.exec.depth = 1;
      sched.trace.event({ t: parent.proc.now, kind: "start", lane: th.lane.id, detail: name });
      // Thread.start() waits on _started: the new thread keeps the GIL until it blocks or is preempted
      th.onFirstRun = () => sched.wake(parent, None);
      sched.makeReady(th, false);
      return sched.block(parent, "Thread.start (waiting for the new thread to start)");
    }),
    _join: fn("_join", ([obj, timeout]) => {
      const th = threadOf.get(obj as PyObj);
      if (!th || th.state === "done") return None;
      const cur = prog.currentThread();
      if (th === cur) raise("RuntimeError", "cannot join current thread");
      const cb = () => sched.wake(cur, None);
      th.onDone.push(cb);
      const t = timeout === undefined || timeout === None ? undefined : (toNum(timeout) ?? 0);
      return sched.block(cur, `Thread.join(${th.name})`, t, () => {
        const i = th.onDone.indexOf(cb);
        if (i >= 0) th.onDone.splice(i, 1);
        sched.wake(cur, None);
      });
    }),
    _is_alive: fn("_is_alive", ([obj]) => {
      const th = threadOf.get(obj as PyObj);
      return !!th && th.state !== "done";
    }),
    _ident: fn("_ident", ([obj]) => threadOf.get(obj as PyObj)?.ident ?? None),
    _current: fn("_current", () => prog.currentThread().pyThread),
    _set_current: fn("_set_current", ([obj]) => {
      const th = prog.currentThread();
      th.pyThread = obj!;
      threadOf.set(obj as PyObj, th);
      return None;
    }),
    _all: fn("_all", () => new (require_list())(proc.threads.filter((t) => t.state !== "done" && t.pyThread !== None && t.state !== "new").map((t) => t.pyThread))),
    _sleep: fn("_sleep", ([d]) => {
      const th = prog.currentThread();
      const secs = toNum(d!) ?? 0;
      sched.addTimer(th.proc, sched.clockNow(th.proc) + secs, () => sched.wake(th, None));
      return sched.block(th, `sleep(${secs})`);
    }),
  });
}
import { PyList } from "../runtime/value";
function require_list() {
  return PyList;
}
