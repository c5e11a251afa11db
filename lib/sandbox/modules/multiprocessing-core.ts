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

export function makeMPCore(prog: Program, proc: SimProcess) {
  const sched = prog.sched;
  const Q = (v: PyValue) => v as MPQueue;
  const wakeGetter = (q: MPQueue) => {
    const g = q.getters.shift();
    if (!g) return;
    const item = q.items[0]!;
    // the item becomes visible to the getter's process at the putter's time
    sched.addTimer(g.proc, Math.max(g.proc.now, item.at), () => {
      const it = q.items.shift();
      if (it === undefined) {
        q.getters.unshift(g);
        return;
      }
      sched.wake(g, receive(it, g));
    });
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
      return None;
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
