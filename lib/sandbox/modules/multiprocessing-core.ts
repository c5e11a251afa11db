// multiprocessing: fork-style processes with their own interpreter state (globals are
// deep-copied at start), their own GIL and clock, running in parallel on the virtual cores.
import type { Program } from "../program";
import { fn } from "../runtime/native";
import { getAttr } from "../runtime/attrs";
import { toNum } from "../runtime/coerce";
import { makeType } from "../runtime/types";
import { None, PyCell, PyFloat, PyDict, PyExc, PyFunction, PyList, PyMethod, PyModule, PyObj, PySet, PyTuple, PyType, T, type PyValue, GlobalsMap } from "../runtime/value";
import type { SimProcess, SimThread } from "../sched/scheduler";
import { Frame } from "../vm/frame";
import { formatException } from "../vm/traceback";
import { makeModule } from "../runtime/native";
import { newExc } from "../runtime/errors";
import { checkPicklable, pickleErrors } from "./pickle-check";

export const mpQueueType = makeType("Queue", [T.object]);
mpQueueType.module = "multiprocessing.queues";

/** a message: a copy of the value, the sender's time and the sender's __main__ globals */
type Item = { v: PyValue; at: number; from: Map<string, PyValue> };

/** Unpickling in the receiver: functions of the sender's __main__ are looked up by name in the
 * receiver's own __main__ (pickle stores them by reference), everything else is a fresh copy. */
function receive(item: Item, th: SimThread): PyValue {
  const to = th.proc.globals;
  if (to === null || to === item.from) return item.v;
  return forkCopy(item.v, item.from, to, new Map());
}
export class MPQueue extends PyObj {
  items: Item[] = [];
  getters: SimThread[] = [];
  /** a pipe direction whose sending end is closed: once drained, receivers get EOFError */
  closed = false;
  /** a pipe direction: the processes holding its sending end open (a fork inherits the parent's
   * handles; closing one, or exiting, lets go of it), as the kernel counts a pipe's writers */
  holders: Set<SimProcess> | null = null;
  /** threads in Connection.poll(timeout), woken (with True) when an item becomes visible */
  pollers: SimThread[] = [];
  constructor() {
    super(mpQueueType);
  }
}

/** Fork semantics: deep-copy a value graph, rebinding functions to the child's globals. */
export function forkCopy(v: PyValue, from: Map<string, PyValue>, to: Map<string, PyValue>, memo: Map<object, PyValue>): PyValue {
  if (typeof v !== "object") return v;
  if (v === None || v instanceof PyType || v instanceof PyModule || v instanceof MPQueue) return v;
  const m = memo.get(v);
  if (m !== undefined) return m;
  const copy = (x: PyValue) => forkCopy(x, from, to, memo);
  if (v instanceof PyList) {
    const r = new PyList([], v.cls);
    memo.set(v, r);
    r.items = v.items.map(copy);
    return r;
  }
  if (v instanceof PyTuple) {
    const r = new PyTuple([], v.cls);
    memo.set(v, r);
    r.items = v.items.map(copy);
    if (v.attrs) r.attrs = new Map(v.attrs);
    return r;
  }
  if (v instanceof PyDict) {
    const r = new PyDict(v.cls);
    memo.set(v, r);
    r.factory = v.factory;
    for (const [k, e] of v.map) r.map.set(k, { k: e.k, v: copy(e.v) });
    if (v.attrs) r.attrs = new Map([...v.attrs].map(([k, x]) => [k, copy(x)]));
    return r;
  }
  if (v instanceof PySet) {
    const r = new PySet(v.cls);
    memo.set(v, r);
    for (const [k, x] of v.map) r.map.set(k, x);
    return r;
  }
  if (v instanceof PyFunction) {
    if (v.globals !== from) return v;
    const closure = v.closure ? v.closure.map((c) => new PyCell(c.v === undefined ? undefined : copy(c.v))) : null;
    const r = new PyFunction(v.code, to, v.defaults.map(copy), v.kwdefaults, closure, v.name);
    memo.set(v, r);
    r.qualname = v.qualname;
    r.module = v.module;
    r.doc = v.doc;
    if (v.attrs) r.attrs = new Map([...v.attrs].map(([k, x]) => [k, copy(x)]));
    return r;
  }
  if (v instanceof PyMethod) return new PyMethod(copy(v.func), copy(v.self));
  if (v instanceof PyObj && v.cls.dict.get("_mp_shared") === true) return v;
  if (v.constructor === PyObj || v instanceof PyExc) {
    const r = v instanceof PyExc ? new PyExc(v.cls) : new PyObj(v.cls);
    memo.set(v, r);
    if (v instanceof PyExc && r instanceof PyExc) r.args = v.args.map(copy);
    if (v.attrs) r.attrs = new Map([...v.attrs].map(([k, x]) => [k, copy(x)]));
    return r;
  }
  return v;
}

const procOf = new WeakMap<PyObj, SimProcess>();
const pipesOf = new WeakMap<Program, Set<MPQueue>>();

export function makeMPCore(prog: Program, proc: SimProcess) {
  const sched = prog.sched;
  const Q = (v: PyValue) => v as MPQueue;
  const eof = () => newExc("EOFError");
  // the last holder of a pipe direction's sending end letting go: receivers parked on the
  // drained pipe get EOFError, pollers True
  const letGo = (q: MPQueue, p: SimProcess, at: number) => {
    if (!q.holders?.delete(p) || q.holders.size > 0) return;
    q.closed = true;
    pipesOf.get(prog)?.delete(q);
    if (q.items.length === 0) {
      for (const g of q.getters.splice(0)) sched.addTimer(g.proc, Math.max(g.proc.now, at), () => sched.wake(g, None, eof()));
    }
    wakePollers(q, at);
  };
  const wakeGetter = (q: MPQueue) => {
    const g = q.getters.shift();
    if (!g) return;
    const item = q.items[0]!;
    // the item becomes visible to the getter's process at the putter's time
    sched.addTimer(g.proc, Math.max(g.proc.now, item.at), () => {
      const it = q.items.shift();
      if (it === undefined) {
        if (q.closed) sched.wake(g, None, eof());
        else q.getters.unshift(g);
        return;
      }
      sched.wake(g, receive(it, g));
    });
  };
  const wakePollers = (q: MPQueue, at: number) => {
    for (const g of q.pollers.splice(0)) {
      sched.addTimer(g.proc, Math.max(g.proc.now, at), () => sched.wake(g, true));
    }
  };
  return makeModule("_mp_core", {
    Queue: fn("Queue", () => new MPQueue()),
    PicklingError: pickleErrors().PicklingError,
    PickleError: pickleErrors().PickleError,
    _q_put: fn("_q_put", ([q, v]) => {
      const th = prog.currentThread();
      const g = th.proc.globals ?? new Map();
      // what pickle would refuse (a lambda, a local function) fails here, in the sender
      checkPicklable(v!, th.proc.globals);
      Q(q!).items.push({ v: forkCopy(v!, g, g, new Map()), at: sched.clockNow(th.proc), from: g });
      wakeGetter(Q(q!));
      wakePollers(Q(q!), sched.clockNow(th.proc));
      return None;
    }),
    _pipe_direction: fn("_pipe_direction", () => {
      const q = new MPQueue();
      q.holders = new Set([prog.currentThread().proc]);
      let pipes = pipesOf.get(prog);
      if (!pipes) pipesOf.set(prog, (pipes = new Set()));
      pipes.add(q);
      return q;
    }),
    // this process closing its sending end of a pipe direction
    _q_close: fn("_q_close", ([q]) => {
      const p = prog.currentThread().proc;
      letGo(Q(q!), p, sched.clockNow(p));
      return None;
    }),
    // Connection.poll: whether recv() would return at once, waiting up to timeout (None: forever)
    _q_poll: fn("_q_poll", ([q, timeout]) => {
      const th = prog.currentThread();
      const qq = Q(q!);
      const head = qq.items[0];
      if ((head && head.at <= sched.clockNow(th.proc)) || (!head && qq.closed)) return true;
      const t = timeout === None ? undefined : Math.max(0, toNum(timeout!) ?? 0);
      if (t === 0) return false;
      qq.pollers.push(th);
      if (head) {
        sched.addTimer(th.proc, head.at, () => {
          const i = qq.pollers.indexOf(th);
          if (i < 0) return;
          qq.pollers.splice(i, 1);
          sched.wake(th, true);
        });
      }
      return sched.block(th, "Connection.poll", t, () => {
        const i = qq.pollers.indexOf(th);
        if (i >= 0) qq.pollers.splice(i, 1);
        sched.wake(th, false);
      });
    }),
    _q_get: fn("_q_get", ([q, block, timeout]) => {
      const th = prog.currentThread();
      const qq = Q(q!);
      const head = qq.items[0];
      if (head && head.at <= sched.clockNow(th.proc)) {
        qq.items.shift();
        return receive(head, th);
      }
      if (block === false) {
        const m = prog.importModule("queue", true) as PyModule;
        throw callEmpty(m);
      }
      if (!head && qq.closed) throw eof();
      qq.getters.push(th);
      if (head) {
        // the head item is not visible to this process yet: take it when it is, unless another
        // getter has been served it (or this one was) by then; an empty queue keeps it waiting
        sched.addTimer(th.proc, head.at, () => {
          const i = qq.getters.indexOf(th);
          if (i < 0) return;
          const it = qq.items[0];
          if (it === undefined || it.at > sched.clockNow(th.proc)) return;
          qq.getters.splice(i, 1);
          qq.items.shift();
          sched.wake(th, receive(it, th));
        });
      }
      const t = timeout === undefined || timeout === None ? undefined : (toNum(timeout) ?? 0);
      return sched.block(th, "multiprocessing.Queue.get", t, () => {
        const i = qq.getters.indexOf(th);
        if (i >= 0) qq.getters.splice(i, 1);
        const m = prog.importModule("queue", true) as PyModule;
        sched.wake(th, None, callEmpty(m));
      });
    }),
    _q_size: fn("_q_size", ([q]) => Q(q!).items.length),
    // a c_float keeps only single precision
    _f32: fn("_f32", ([x]) => new PyFloat(Math.fround(toNum(x!) ?? 0))),
    _start: fn("_start", ([obj, bootstrap]) => {
      const self = obj as PyObj;
      const parent = prog.currentThread();
      const pp = parent.proc;
      const name = String(getAttr(self, "name"));
      // the fork runs in the starting thread, which keeps its GIL meanwhile: its process clock
      // and CPU time advance by the start-up cost, and the child's clock starts where it ends
      const cost = prog.opts.processStart;
      // (start() is called mid-slice: the fork begins at the parent thread's own time)
      const forkAt = sched.clockNow(pp);
      if (cost > 0) {
        sched.trace.set(parent.lane, "running", forkAt, `fork (${name}.start())`);
        pp.now += cost;
        pp.busy += cost;
        parent.cpu += cost;
        sched.cpuBusy[pp.id % sched.cpuBusy.length]! += cost;
        sched.trace.set(parent.lane, "running", forkAt + cost);
      }
      const child = sched.newProcess(name);
      child.now = forkAt + cost;
      child.lane = sched.trace.lane(name, "process", child.id);
      if (cost > 0) sched.trace.set(child.lane, "blocked", forkAt, "starting (fork)");
      sched.trace.set(child.lane, "running", child.now);
      sched.trace.event({ t: child.now, kind: "start", lane: child.lane.id, detail: `${name} started (${Math.round(cost * 1000)} ms fork)` });
      procOf.set(self, child);
      // the child holds every pipe end the parent holds, until it closes them or exits
      const inherited = [...(pipesOf.get(prog) ?? [])].filter((q) => q.holders!.has(pp));
      for (const q of inherited) q.holders!.add(child);
      if (inherited.length > 0) child.onExit.push(() => inherited.forEach((q) => letGo(q, child, child.now)));
      // fork: copy the parent's globals (and the Process object itself)
      const pg = pp.globals!;
      const cg: Map<string, PyValue> = new GlobalsMap();
      const memo = new Map<object, PyValue>();
      for (const [k, v] of pg) cg.set(k, forkCopy(v, pg, cg, memo));
      child.globals = cg;
      for (const [k, v] of pp.modules) child.modules.set(k, v);
      const selfCopy = forkCopy(self, pg, cg, memo) as PyObj;
      selfCopy.attrs?.set("_in_child", true);
      const th = sched.newThread(child, "MainThread", `${name}: MainThread`, {
        onResult: (t, r) => {
          if (r.k === "exception") {
            const e = r.exc;
            if (e.cls.name === "SystemExit") {
              const c = e.attrs?.get("code") ?? None;
              child.exitCode = c === None ? 0 : typeof c === "number" ? c : 1;
            } else {
              prog.write(
                `Process ${name}:\n` +
                  formatException(e, [
                    { file: "<stdlib>/multiprocessing/process.py", line: 314, name: "_bootstrap", text: "self.run()" },
                    { file: "<stdlib>/multiprocessing/process.py", line: 108, name: "run", text: "self._target(*self._args, **self._kwargs)" },
                  ]),
                true,
              );
              child.exitCode = 1;
            }
          }
          t.exec.frame = null;
          prog.shutdownMain(t);
        },
      });
      th.pyThread = None;
      const f = prog.interp.callFrame(bootstrap as PyFunction, [selfCopy], 0, 1, null) as Frame;
      f.globals = cg;
      th.exec.frame = f;
      th.exec.depth = 1;
      sched.makeReady(th);
      // Process.start() flushes the parent's buffered stdout before forking; from now on the
      // parent's stdout behaves like a block-buffered pipe too (flushed at exit / next start)
      prog.flushProcess(pp);
      pp.buffered = true;
      return None;
    }),
    _join: fn("_join", ([obj, timeout]) => {
      const child = procOf.get(obj as PyObj);
      if (!child || child.exited) return None;
      const cur = prog.currentThread();
      const cb = () => {
        // the joiner sees the exit at the child's exit time
        sched.addTimer(cur.proc, Math.max(cur.proc.now, child.now), () => sched.wake(cur, None));
      };
      child.onExit.push(cb);
      const t = timeout === undefined || timeout === None ? undefined : (toNum(timeout) ?? 0);
      return sched.block(cur, `Process.join(${child.name})`, t, () => {
        const i = child.onExit.indexOf(cb);
        if (i >= 0) child.onExit.splice(i, 1);
        sched.wake(cur, None);
      });
    }),
    _exitcode: fn("_exitcode", ([obj]) => {
      const child = procOf.get(obj as PyObj);
      if (!child || !child.exited) return None;
      return child.exitCode;
    }),
    _is_alive: fn("_is_alive", ([obj]) => {
      const child = procOf.get(obj as PyObj);
      return !!child && !child.exited;
    }),
    _pid: fn("_pid", ([obj]) => {
      const child = procOf.get(obj as PyObj);
      return child ? 4000 + child.id : None;
    }),
    _my_pid: fn("_my_pid", () => 4000 + prog.currentThread().proc.id),
    _my_name: fn("_my_name", () => prog.currentThread().proc.name),
    _next_id: fn("_next_id", () => ++proc.threadCounter + 0),
    cpu_count: fn("cpu_count", () => prog.opts.cores),
    _terminate: fn("_terminate", ([obj]) => {
      const child = procOf.get(obj as PyObj);
      if (child && !child.exited) {
        child.exitCode = -15;
        prog.exitProcess(child);
      }
      return None;
    }),
  });
}

function callEmpty(m: PyModule): PyExc {
  const t = m.dict.get("Empty") as PyType;
  const e = new PyExc(t);
  return e;
}
