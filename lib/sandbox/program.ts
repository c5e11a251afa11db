// A Program ties together one run: the interpreter, the scheduler, the module registry,
// output routing and the main process/thread.
import { CPYTHON_STDLIB_NAMES } from "./modules/cpython-stdlib-names";
import { compileModule } from "./compile/compiler";
import { parseModule, SourceError } from "./parse/to-ast";
import { makeBuiltins } from "./runtime/builtins";
import { DEFAULT_INT_MAX_STR_DIGITS, setIntMaxStrDigits } from "./runtime/int-str";
import { initRuntime } from "./init";
import { hooks } from "./runtime/ctx";
import { newExc, raise } from "./runtime/errors";
import { methods } from "./runtime/native";
import { getAttrOpt } from "./runtime/attrs";
import { callValue } from "./runtime/call";
import { typeName } from "./runtime/coerce";
import { iterToArray, resetWalked } from "./runtime/iter";
import { resetInstances } from "./runtime/instances";
import { setBirthWatcher } from "./runtime/births";
import { str } from "./runtime/repr";
import { EXC } from "./runtime/types";
import { GlobalsMap, None, PyExc, PyFunction, PyModule, PyType, T, type Kw, type PyValue } from "./runtime/value";
import { Scheduler, type SimProcess, type SimThread, type Driver } from "./sched/scheduler";
import { Frame, PyGenerator, type RunResult } from "./vm/frame";
import { installAsyncGenMethods } from "./vm/async-gen";
import { Interp } from "./vm/interp";
import { HaltError } from "./vm/signals";
import { formatException, type FakeFrame } from "./vm/traceback";
import { MODULES } from "./modules/registry";
import { finalizeAtExit, releaseObject } from "./modules/weak-core";
import { setHashSeed } from "./runtime/siphash";
import { resetUserHashed } from "./runtime/hash";
import { makeExc } from "./vm/unwind";

export type ProgramOptions = {
  filename: string;
  switchInterval: number;
  switchIntervalInstructions: number | null;
  cores: number;
  seed: number;
  /** PYTHONHASHSEED (runtime/siphash.ts) */
  hashSeed: number;
  instructionBudget: number;
  allocationBudget: number;
  cost: number;
  /** virtual seconds a Process.start() (a fork) costs the starting thread before the child runs */
  processStart: number;
  stdout: ((s: string) => void) | null;
  stderr: ((s: string) => void) | null;
  shouldStop: (() => boolean) | null;
};

const GEN_CONSUMERS_SRC =
  "def _extend(r, g):\n    for x in g:\n        r.append(x)\n    return r\ndef _unpack(g, n):\n    r = []\n    for x in g:\n        r.append(x)\n        if len(r) > n >= 0:\n            break\n    return _tuple(r)\ndef list(g):\n    r = []\n    for x in g:\n        r.append(x)\n    return r\ndef tuple(g):\n    return _tuple(list(g))\ndef sorted(g):\n    r = list(g)\n    r.sort()\n    return r\ndef sum(g):\n    t = 0\n    for x in g:\n        t = t + x\n    return t\n";
let genConsumers: ReturnType<typeof compileModule> | null = null;
/** Compiled once per JS realm: code objects are immutable, so runs can share them. */
function genConsumerCode(): ReturnType<typeof compileModule> {
  if (genConsumers === null) {
    genConsumers = compileModule(parseModule(GEN_CONSUMERS_SRC).body, GEN_CONSUMERS_SRC, "<stdlib>/builtins.py");
    for (const c of genConsumers.children) {
      c.hidden = true;
      c.rerunsCaller = c.name === "_unpack";
    }
  }
  return genConsumers;
}

/** The program whose run the runtime hooks serve (one runs at a time in a realm). */
let active: Program;
const callFunctionHook = (fn: PyFunction, args: PyValue[], kw: Kw): PyValue => active.interp.callNested(fn, args, kw);
const workHook = (units: number, what: string): void => active.chargeWork(units, what);
const allocHook = (n: number): void => active.countAllocations(n);
const importModuleHook = (name: string): PyValue => active.importModule(name);

export class Program {
  interp: Interp;
  sched: Scheduler;
  out = "";
  err = "";
  exitCode = 0;
  get recursionLimit(): number {
    return this.interp.recursionLimit;
  }
  set recursionLimit(v: number) {
    this.interp.recursionLimit = v;
  }
  allocations = 0;
  main!: SimProcess;
  mainThread!: SimThread;
  source = "";
  code: ReturnType<typeof compileModule> | null = null;

  constructor(public opts: ProgramOptions) {
    initRuntime();
    this.interp = new Interp({
      importModule: (name, fromlist) => this.importModule(name, fromlist),
      checkNested: (executed) => {
        if (executed + this.interp.totalExecuted > this.opts.instructionBudget) this.outOfBudget();
        this.pollStop();
      },
      released: (obj) => releaseObject(this, obj),
    });
    this.sched = new Scheduler(this.interp, {
      switchInterval: opts.switchInterval,
      switchIntervalInstructions: opts.switchIntervalInstructions,
      cores: opts.cores,
      cost: opts.cost,
      instructionBudget: opts.instructionBudget,
      shouldStop: opts.shouldStop,
    });
    // wire this run into the shared runtime: natives call Python functions through this VM, and
    // allocations count against this run's budget. The hooks are the same functions in every run
    // (they reach the run through `active`): a new closure per run would be a new call target for
    // the optimised interpreter, which V8 deoptimises for.
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the one slot the shared hooks read the running program from
    active = this;
    hooks.callFunction = callFunctionHook;
    hooks.work = workHook;
    hooks.alloc = allocHook;
    hooks.importModule = importModuleHook;
    setIntMaxStrDigits(DEFAULT_INT_MAX_STR_DIGITS);
    if (!Number.isInteger(opts.hashSeed) || opts.hashSeed < 0 || opts.hashSeed > 4294967295)
      throw new RangeError("hashSeed must be an integer in [0, 4294967295], as PYTHONHASHSEED");
    setHashSeed(opts.hashSeed);
    resetUserHashed();
    resetWalked();
    resetInstances(false);
    setBirthWatcher(null);
    this.interp.builtins = makeBuiltins({
      write: (s, isErr) => this.write(s, isErr),
      runClassBody: (body, ns) => {
        const f = this.interp.callFrame(body, [], 0, 0, null) as Frame;
        f.names = ns;
        this.interp.runNested(f);
      },
      superArgs: () => this.superArgs(),
      globalsOf: () => this.currentFrame()?.globals ?? new Map(),
      localsOf: () => {
        const f = this.currentFrame();
        if (!f) return new Map();
        if (f.names) return f.names;
        const m = new Map<string, PyValue>();
        f.code.varnames.forEach((n, i) => {
          const v = f.fast[i];
          if (v !== undefined && !n.startsWith("$") && !n.startsWith(".")) m.set(n, v);
        });
        return m;
      },
      iterate: (v) => this.interp.iterate(v),
      importModule: (name) => this.importModule(name),
      replacedStdout: () => {
        const sys = this.interp.cur ? this.currentThread().proc.modules.get("sys") : undefined;
        const out = sys instanceof PyModule ? sys.dict.get("stdout") : undefined;
        return out === undefined || (out as PyModule & { isStdout?: boolean }).isStdout ? undefined : out;
      },
    });
    this.installGeneratorMethods();
    installAsyncGenMethods(this.interp);
    this.installGenConsumers();
  }

  /** hooks.work: charge the running thread for work done inside one instruction (big-work.ts) */
  chargeWork(units: number, what: string): void {
    const interp = this.interp;
    const st = interp.cur;
    if (what === "") {
      // items walked by a native (runtime/iter.ts), charged a chunk at a time like a loop's instructions
      if (interp.totalExecuted + st.inflight + units > this.opts.instructionBudget) this.outOfBudget();
      this.pollStop();
    } else if (interp.totalExecuted + st.inflight + units > this.opts.instructionBudget) {
      const seconds = units * this.opts.cost;
      const took = seconds >= 1 ? `${Math.round(seconds).toLocaleString("en-US")} s` : `${Math.round(seconds * 1000)} ms`;
      throw new HaltError("budget", `instruction budget of ${this.opts.instructionBudget} instructions exhausted: ${what} would take about ${took} of CPU`);
    }
    st.executed += units;
    interp.totalExecuted += units;
  }

  outOfBudget(): never {
    throw new HaltError("budget", `instruction budget of ${this.opts.instructionBudget} instructions exhausted (infinite loop?)`);
  }

  /** Stop asked for while a native or a callback it runs is busy (the scheduler polls between slices). */
  pollStop(): void {
    if (this.opts.shouldStop !== null && this.opts.shouldStop()) throw new HaltError("stopped", "stopped by request");
  }

  /** hooks.alloc: count allocations against the allocation budget */
  countAllocations(n: number): void {
    this.allocations += n;
    if (this.allocations > this.opts.allocationBudget) throw new HaltError("budget", `allocation budget of ${this.opts.allocationBudget} objects exhausted`);
  }

  installGenConsumers(): void {
    const globals: Map<string, PyValue> = new GlobalsMap([["_tuple", T.tuple]]);
    const fns = genConsumerCode().children.map((c) => new PyFunction(c, globals, [], null, null, c.name));
    for (const f of fns) globals.set(f.name, f);
    const b = this.interp.builtins;
    for (const f of fns) {
      if (f.name === "_extend") this.interp.listExtender = f;
      else if (f.name === "_unpack") this.interp.unpacker = f;
      else this.interp.genConsumers.set(b.get(f.name)!, f);
    }
  }

  private taskCounters = new WeakMap<SimProcess, number>();
  nextTaskNumber(proc: SimProcess): number {
    const n = (this.taskCounters.get(proc) ?? 0) + 1;
    this.taskCounters.set(proc, n);
    return n;
  }

  currentFrame(): Frame | null {
    return this.interp.cur?.frame ?? null;
  }

  currentThread(): SimThread {
    return this.interp.cur.owner as SimThread;
  }

  superArgs(): [PyType, PyValue] {
    // the frame calling super() is the innermost non-native frame
    const f = this.currentFrame();
    if (!f) raise("RuntimeError", "super(): no arguments");
    const code = f!.code;
    const ci = code.freevars.indexOf("__class__");
    if (ci < 0) raise("RuntimeError", "super(): __class__ cell not found");
    const cls = f!.cells![code.cellvars.length + ci]!.v;
    const self = f!.fast[0];
    if (!(cls instanceof PyType) || self === undefined) raise("RuntimeError", "super(): no arguments");
    return [cls as PyType, self!];
  }

  write(s: string, isErr: boolean): void {
    const th = this.interp.cur ? (this.interp.cur.owner as SimThread | undefined) : undefined;
    const proc = th?.proc;
    if (proc && (proc !== this.main || proc.buffered)) {
      // children's stdout is a pipe: flushed when the child exits
      if (isErr) this.emitErr(s);
      else proc.outBuf += s;
      return;
    }
    if (isErr) this.emitErr(s);
    else this.emitOut(s);
  }
  flushProcess(proc: SimProcess): void {
    if (proc.outBuf) {
      const s = proc.outBuf;
      proc.outBuf = "";
      this.emitOut(s);
    }
  }
  emitOut(s: string): void {
    this.out += s;
    this.opts.stdout?.(s);
  }
  emitErr(s: string): void {
    this.err += s;
    this.opts.stderr?.(s);
  }

  importModule(name: string, fromlist = true): PyValue {
    const th = this.interp.cur.owner as SimThread;
    const proc = th.proc;
    const parts = name.split(".");
    let top: PyValue | null = null;
    let cur: PyValue | null = null;
    for (let i = 0; i < parts.length; i++) {
      const full = parts.slice(0, i + 1).join(".");
      let m = proc.modules.get(full);
      if (!m) {
        const factory = MODULES[full];
        if (!factory)
          raise("ModuleNotFoundError", `No module named '${full}'${i === 0 && CPYTHON_STDLIB_NAMES.has(full) ? " (a standard-library module the sandbox does not provide)" : ""}`);
        m = factory!(this, proc);
        proc.modules.set(full, m);
        if (cur instanceof PyModule) cur.dict.set(parts[i]!, m);
      }
      if (i === 0) top = m;
      cur = m;
    }
    return fromlist ? cur! : top!;
  }

  installGeneratorMethods(): void {
    const interp = this.interp;
    const G = (v: PyValue): PyGenerator => v as PyGenerator;
    const step = (g: PyGenerator, value: PyValue, exc: PyExc | null): PyValue => {
      const r = interp.resumeGenNested(g, value, exc);
      if (r.k === "return") {
        const e = newExc("StopIteration", ...(r.value === None ? [] : [r.value]));
        e.attrs = new Map([["value", r.value]]);
        throw e;
      }
      return r.value;
    };
    const common = {
      send: ([g, v]: PyValue[]) => step(G(g!), v ?? None, null),
      throw: ([g, e]: PyValue[]) => step(G(g!), None, makeExc(e!)),
      close: ([g]: PyValue[]) => {
        const gen = G(g!);
        if (gen.finished || !gen.started) {
          gen.finished = true;
          return None;
        }
        try {
          interp.resumeGenNested(gen, None, newExc("GeneratorExit"));
        } catch (e) {
          if (e instanceof PyExc && (e.cls.name === "GeneratorExit" || e.cls.name === "StopIteration")) return None;
          throw e;
        }
        raise("RuntimeError", "generator ignored GeneratorExit");
      },
    };
    methods(T.generator, {
      ...common,
      __iter__: ([g]) => g!,
      __next__: ([g]) => step(G(g!), None, null),
    });
    methods(T.coroutine, { ...common });
    T.generator.dict.set("__name__", "generator");
  }

  // ---------- running ----------
  compile(source: string): void {
    this.source = source;
    const mod = parseModule(source);
    this.code = compileModule(mod.body, source, this.opts.filename);
    // gc.collect() looks for cycles among the instances made since the start (runtime/instances.ts)
    resetInstances(/^[ \t]*(?:import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*gc\b|from[ \t]+gc[ \t]+import\b)/m.test(source));
    // compile-time SyntaxWarnings come out before the module runs, as CPython prints them
    for (const w of this.code.warnings ?? []) this.emitErr(w);
  }

  /** Start the main process/thread on the compiled module. */
  start(): void {
    this.main = this.sched.newProcess("MainProcess");
    this.main.lane = null;
    const globals: Map<string, PyValue> = new GlobalsMap([
      ["__name__", "__main__"],
      ["__file__", this.opts.filename],
      ["__builtins__", None],
      ["__doc__", None],
      ["__package__", None],
      ["__spec__", None],
    ]);
    this.main.globals = globals;
    const th = this.sched.newThread(this.main, "MainThread", "MainThread", this.mainDriver());
    this.mainThread = th;
    const f = new Frame(this.code!, globals, null);
    f.names = globals;
    th.exec.frame = f;
    th.exec.depth = 1;
    this.sched.makeReady(th);
  }

  mainDriver(): Driver {
    return {
      onResult: (th, r) => this.threadEnded(th, r, true),
    };
  }

  /** A thread's base frame finished: report uncaught exceptions, then end (main: shut down). */
  threadEnded(th: SimThread, r: RunResult, isMain: boolean, fake?: FakeFrame[]): void {
    // pythonrun.c flushes stdout as soon as the main module finishes, before the traceback and
    // before threading._shutdown joins threads (so a parent's output precedes its pool's)
    if (isMain && th.proc === this.main) this.flushProcess(th.proc);
    if (r.k === "exception") {
      const e = r.exc;
      if (isMain) this.reportUncaught(th, e);
      else if (e.cls !== EXC.SystemExit) {
        this.write(`Exception in thread ${th.name}:\n` + formatException(e, fake ?? []), true);
      }
    }
    th.exec.frame = null;
    if (isMain) this.shutdownMain(th);
    else this.sched.finishThread(th);
  }

  reportUncaught(th: SimThread, e: PyExc): void {
    const proc = th.proc;
    if (e.cls === EXC.SystemExit) {
      const code = e.attrs?.get("code") ?? None;
      if (code === None) proc.exitCode = 0;
      else if (typeof code === "number") proc.exitCode = code;
      else if (typeof code === "boolean") proc.exitCode = code ? 1 : 0;
      else {
        this.write(str(code) + "\n", true);
        proc.exitCode = 1;
      }
      return;
    }
    this.write(formatException(e), true);
    proc.exitCode = 1;
  }

  /** threading._shutdown: the main thread waits for non-daemon threads, then the process exits. */
  shutdownMain(th: SimThread): void {
    const proc = th.proc;
    const atexit = proc.atexit.pop();
    if (atexit !== undefined) {
      // threading._shutdown calls the _register_atexit hooks (e.g. concurrent.futures joining its
      // manager threads) on the main thread before joining non-daemon threads; they may block
      this.runOnThread(th, atexit, () => this.shutdownMain(th));
      return;
    }
    const pending = proc.threads.filter((t) => t !== th && !t.daemon && t.state !== "done" && t.state !== "new");
    if (pending.length === 0) {
      this.finalizeMain(proc);
      this.sched.finishThread(th);
      this.exitProcess(proc);
      return;
    }
    let left = pending.length;
    th.driver = {
      onResult: () => {},
      step: () => {},
    };
    this.sched.block(th, "threading._shutdown (joining non-daemon threads)");
    for (const t of pending) {
      t.onDone.push(() => {
        left--;
        if (left === 0) {
          this.finalizeMain(proc);
          this.sched.finishThread(th);
          this.exitProcess(proc);
        }
      });
    }
  }

  /** The main process's last act: the __del__ of the objects its globals still hold (a child
   * process leaves through os._exit and runs none). Output from them is reported, not fatal. */
  finalizeMain(proc: SimProcess): void {
    if (proc !== this.main || proc.globals === null) return;
    try {
      finalizeAtExit(proc.globals);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
    }
  }

  /** Run `fn()` as the base frame of `th` (which holds the GIL and has no frame), then `then()`. */
  runOnThread(th: SimThread, fn: PyValue, then: () => void): void {
    const done = (r: RunResult) => {
      if (r.k === "exception") this.write(formatException(r.exc), true);
      th.exec.frame = null;
      then();
    };
    if (!(fn instanceof PyFunction)) {
      try {
        callValue(fn, [], null);
        done({ k: "return", value: None });
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        done({ k: "exception", exc: e });
      }
      return;
    }
    const f = this.interp.callFrame(fn, [], 0, 0, null);
    if (!(f instanceof Frame)) return then();
    th.driver = { onResult: (_t, r) => done(r) };
    th.exec.frame = f;
    th.exec.depth = 1;
  }

  exitProcess(proc: SimProcess): void {
    if (proc.exited) return;
    proc.exited = true;
    // daemon threads are abandoned
    for (const t of proc.threads) if (t.state !== "done") this.sched.finishThread(t);
    if (proc.outBuf) {
      this.emitOut(proc.outBuf);
      proc.outBuf = "";
    }
    if (proc.lane) this.sched.trace.set(proc.lane, "done", proc.now);
    for (const cb of proc.onExit) cb();
  }

  run(): void {
    this.start();
    this.sched.runUntilIdle();
    if (!this.main.exited) {
      // everything is blocked forever: CPython would hang here
      throw new HaltError("budget", "deadlock: every thread is blocked and no timer is pending (CPython would hang here)");
    }
    this.exitCode = this.main.exitCode;
  }
}

export { SourceError, getAttrOpt, iterToArray, typeName, PyFunction };
export type { Kw };
