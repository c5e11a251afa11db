// _memtrace: the native half of tracemalloc and of gc's counters and object list.
//
// Objects are told to a watcher as they are born (runtime/births.ts), and only while one of the
// two modules needs it. The VM has no reference counts, so "still allocated" means "the run can
// still reach it": a look (get_traced_memory, take_snapshot, gc.get_objects) walks everything the
// run can reach, as weak references do (modules/weak-core.ts).
//
// tracemalloc: every object born while tracing is noted with its traceback (the program's own
// frames, innermost first; the sandbox's stdlib frames are skipped, and tracemalloc's own
// objects are not traced). A look sizes the reachable ones as CPython's allocator requests
// (modules/alloc-size.ts). strs and ints are JavaScript values without identity, so they are
// found where they are held: one that was not reachable when tracing started counts once per
// object or variable holding it, at the site of the first traced container it was seen in when that
// container was born, else at its holder's site, else (held only by a variable) at the line the
// program was on when a look first met it; equal ones in one holder count once. The peak is the
// highest size a look has seen.
//
// gc: get_count() counts the containers born since the last collection per generation, with
// CPython's automatic collections as thresholds (700, 10, 10) trigger them (the counters only:
// the sandbox's objects are freed by JavaScript; deallocations are not subtracted).
import type { Program } from "../program";
import { setBirthWatcher } from "../runtime/births";
import { fn, makeModule } from "../runtime/native";
import { raise } from "../runtime/errors";
import { Frame } from "../vm/frame";
import { GlobalsMap, None, PyBytes, PyCarrier, PyComplex, PyDict, PyFloat, PyList, PyModule, PyObj, PyRange, PySet, PyTuple, PyType, type PyValue } from "../runtime/value";
import { intBlock, isSharedValue, objectBlocks, strBlock } from "./alloc-size";

/** ((filename, lineno), ...) innermost first, shared by every trace made there */
type TSite = PyTuple;
/** how many strs and ints born in tuples keep their site between two looks */
const PRIM_SITES = 1 << 16;
type TPrim = string | number | bigint;

const OWN = "own";

/** the program's own frames above the running instruction, innermost first; OWN inside
 * tracemalloc's own code, null where no frame of the program is running */
function userFrames(start: Frame | null, limit: number): [string, number][] | typeof OWN | null {
  const out: [string, number][] = [];
  for (let f = start; f !== null && out.length < limit; f = f.back) {
    const code = f.code;
    // tracemalloc's own bookkeeping is not traced
    if (out.length === 0 && code.filename === "<stdlib>/tracemalloc.py") return OWN;
    if (code.hidden || code.filename.startsWith("<stdlib>")) continue;
    const pc = Math.max(0, f.ip - 2);
    out.push([code.filename, code.lines[pc >> 1] ?? code.firstLine]);
  }
  return out.length > 0 ? out : null;
}

function isPrim(v: unknown): v is TPrim {
  return (typeof v === "string" || (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint") && !isSharedValue(v as PyValue);
}

function primBlock(v: TPrim): number {
  return typeof v === "string" ? strBlock(v) : intBlock(v);
}

/** CPython's GC-tracked kinds: what gen-0's counter counts and gc.get_objects() lists */
function isContainer(o: PyObj): boolean {
  return !(o instanceof PyFloat || o instanceof PyBytes || o instanceof PyComplex || o instanceof PyRange || o instanceof PyModule);
}

const mapEntries = Map.prototype.entries as (this: Map<unknown, unknown>) => MapIterator<[unknown, unknown]>;

/** where a str or int is held when no Python object holds it: a frame or a module namespace */
const NAMESPACE = "namespace";
type TOwner = PyObj | typeof NAMESPACE | null;
type TReach = { objs: Set<PyObj>; prims: { v: TPrim; owner: PyObj | typeof NAMESPACE }[] };

/** Everything the run can reach from `roots`: its Python objects, and each str/int slot with the
 * Python object holding it, or NAMESPACE for a variable (the VM's own state, such as the output
 * written so far, is no memory of the program's). */
function reach(roots: unknown[], skip: WeakSet<object> | Set<unknown>): TReach {
  const objs = new Set<PyObj>();
  const prims: TReach["prims"] = [];
  const seen = new Set<unknown>();
  const todo: unknown[] = [];
  const owners: TOwner[] = [];
  for (const r of roots) {
    todo.push(r);
    owners.push(null);
  }
  for (let i = 0; i < todo.length; i++) {
    const v = todo[i];
    if (v === null || typeof v !== "object") continue;
    if (seen.has(v) || skip.has(v) || ArrayBuffer.isView(v) || v instanceof WeakMap || v instanceof WeakSet) continue;
    seen.add(v);
    const owner: TOwner = v instanceof PyObj ? v : v instanceof Frame || v instanceof GlobalsMap ? NAMESPACE : owners[i]!;
    if (v instanceof PyObj) objs.add(v);
    // `held`: x sits where a Python program keeps values (an item, an attribute, a variable, a
    // cell); the VM's own fields (an iterator's index, a frame's ip, a bytes object's text) are not
    const push = (x: unknown, held: boolean): void => {
      if (isPrim(x)) {
        if (held && owner !== null) prims.push({ v: x, owner });
      } else if (x !== null && typeof x === "object" && !seen.has(x)) {
        todo.push(x);
        owners.push(owner);
      }
    };
    if (v instanceof PyObj) {
      // a Python object's own slots, without the hash keys its tables keep beside them
      push(v.cls, false);
      if (v.attrs !== null) for (const x of v.attrs.values()) push(x, true);
      if (v instanceof PyDict) {
        for (const e of v.map.values()) {
          push(e.k, true);
          push(e.v, true);
        }
        push(v.factory, false);
      } else if (v instanceof PySet) for (const x of v.map.values()) push(x, true);
      else if (v instanceof PyList || v instanceof PyTuple) for (const x of v.items) push(x, true);
      else if (!(v instanceof PyFloat || v instanceof PyBytes || v instanceof PyComplex || v instanceof PyCarrier))
        for (const k of Object.keys(v)) if (k !== "attrs" && k !== "cls") push((v as unknown as Record<string, unknown>)[k], false);
      continue;
    }
    if (Array.isArray(v)) for (const x of v) push(x, true);
    else if (v instanceof Map)
      // the raw entries: a module namespace (GlobalsMap) holds cells, which caches share
      for (const [k, x] of mapEntries.call(v)) {
        push(k, false);
        push(x, true);
      }
    else if (v instanceof Set) for (const x of v) push(x, false);
    else for (const k of Object.keys(v)) push((v as Record<string, unknown>)[k], k === "v");
  }
  return { objs, prims };
}

export function makeMemtraceCore(prog: Program): PyModule {
  // tracemalloc's state
  let tracing = false;
  let nframe = 1;
  // weak: an object the program dropped is no trace, and JavaScript may free it
  let born = new WeakMap<PyObj, TSite>();
  let bornCount = 0;
  let listFrom = new WeakMap<PyList, number>();
  let primSite = new Map<TPrim, TSite>();
  let lookSite = new Map<TPrim, TSite>();
  let oldPrims = new Set<TPrim>();
  let peak = 0;
  let pendingTuple: PyTuple | null = null;
  /** tracemalloc's own objects (snapshots, their traces): never traced, and not walked into */
  let own = new WeakSet<object>();
  let busy = false;
  const sites = new Map<string, TSite>();
  const lineSites = new WeakMap<object, Map<number, TSite>>();
  // gc's state
  let counting = false;
  let gcEnabled = true;
  const counts = [0, 0, 0];
  const thresholds = [700, 10, 10];

  const siteFor = (frames: [string, number][]): TSite => {
    const key = frames.map(([f, l]) => `${f}\0${l}`).join("\0");
    let s = sites.get(key);
    if (s === undefined) {
      s = new PyTuple(frames.map(([f, l]) => new PyTuple([f, l])));
      sites.set(key, s);
    }
    return s;
  };

  /** the strs and ints a tuple was born holding take its site (a tuple is born full) */
  const settleTuple = (): void => {
    const t = pendingTuple;
    pendingTuple = null;
    if (t === null) return;
    const site = born.get(t);
    if (site === undefined) return;
    for (const x of t.items) if (isPrim(x) && !oldPrims.has(x) && !primSite.has(x) && primSite.size < PRIM_SITES) primSite.set(x, site);
  };

  const collectGen = (gen: number): void => {
    for (let g = 0; g <= gen; g++) counts[g] = 0;
    if (gen < 2) counts[gen + 1]!++;
  };

  const watch = (o: PyObj): void => {
    // a list is told twice: by PyObj's constructor before its items are there, then by its own
    if (o instanceof PyList && o.items === undefined) return;
    if (counting && isContainer(o)) {
      counts[0]!++;
      if (gcEnabled && thresholds[0]! > 0 && counts[0]! > thresholds[0]!) {
        // CPython collects the oldest generation whose count is over its threshold (the
        // long-lived objects' ratio that also holds back a full collection is not modelled)
        collectGen(counts[2]! > thresholds[2]! ? 2 : counts[1]! > thresholds[1]! ? 1 : 0);
      }
    }
    if (!tracing || busy) return;
    busy = true;
    try {
      if (pendingTuple !== null) settleTuple();
      const f = prog.currentFrame();
      // one frame of the program's own, running: its line's site without building a key
      if (nframe === 1 && f !== null && !f.code.hidden && !f.code.filename.startsWith("<stdlib>")) {
        const line = f.code.lines[Math.max(0, f.ip - 2) >> 1] ?? f.code.firstLine;
        let byLine = lineSites.get(f.code);
        if (byLine === undefined) lineSites.set(f.code, (byLine = new Map()));
        let site = byLine.get(line);
        if (site === undefined) byLine.set(line, (site = siteFor([[f.code.filename, line]])));
        born.set(o, site);
        bornCount++;
        if (o instanceof PyList) listFrom.set(o, o.items.length);
        else if (o instanceof PyTuple) pendingTuple = o;
        return;
      }
      const frames = userFrames(f, nframe);
      if (frames === OWN) own.add(o);
      else if (frames !== null) {
        born.set(o, siteFor(frames));
        bornCount++;
        if (o instanceof PyList) listFrom.set(o, o.items.length);
        else if (o instanceof PyTuple) pendingTuple = o;
      }
    } finally {
      busy = false;
    }
  };

  const install = (): void => setBirthWatcher(tracing || counting ? watch : null);

  const roots = (): unknown[] => {
    const f = prog.currentFrame();
    return f === null ? [prog] : [f, f.globals, prog];
  };

  /** the traces of what is still reachable: [size, site] per block */
  const liveTraces = (): [number, TSite][] => {
    if (pendingTuple !== null) settleTuple();
    const r = reach(roots(), own);
    const out: [number, TSite][] = [];
    const blocks: number[] = [];
    for (const o of r.objs) {
      const site = born.get(o);
      if (site === undefined) continue;
      blocks.length = 0;
      objectBlocks(o, o instanceof PyList ? listFrom.get(o) : undefined, blocks);
      for (const b of blocks) out.push([b, site]);
    }
    let here: TSite | null = null;
    // what a look no longer meets is gone: its strs and ints forget their sites
    const keptSites = new Map<TPrim, TSite>();
    const keptLooks = new Map<TPrim, TSite>();
    // an object holding equal strs or ints in several slots most often holds one object there
    // (`Point(i, i)`, `[s] * n`): once per holding object; each variable counts on its own
    let holder: PyObj | null = null;
    const held = new Set<TPrim>();
    for (const { v, owner } of r.prims) {
      if (oldPrims.has(v)) continue;
      if (owner !== NAMESPACE) {
        if (owner !== holder) {
          holder = owner;
          held.clear();
        }
        if (held.has(v)) continue;
        held.add(v);
      }
      let site = primSite.get(v) ?? (owner !== NAMESPACE ? born.get(owner) : undefined) ?? lookSite.get(v);
      if (site === undefined) {
        if (here === null) {
          const frames = userFrames(prog.currentFrame(), nframe);
          here = siteFor(frames === null || frames === OWN ? [[prog.opts.filename, 0]] : frames);
        }
        site = here;
        lookSite.set(v, site);
      }
      const first = primSite.get(v);
      if (first !== undefined) keptSites.set(v, first);
      const seenAt = lookSite.get(v);
      if (seenAt !== undefined) keptLooks.set(v, seenAt);
      out.push([primBlock(v), site]);
    }
    primSite = keptSites;
    lookSite = keptLooks;
    return out;
  };

  /** liveTraces with the watcher quiet: a look's own objects are no allocations of the program */
  const look = (): [number, TSite][] => {
    busy = true;
    try {
      return liveTraces();
    } finally {
      busy = false;
    }
  };

  const tracedSize = (): number => {
    let total = 0;
    for (const [size] of look()) total += size;
    if (total > peak) peak = total;
    return total;
  };

  const startTracing = (n: number): void => {
    if (tracing) return;
    nframe = n;
    born = new WeakMap();
    bornCount = 0;
    listFrom = new WeakMap();
    primSite = new Map();
    lookSite = new Map();
    peak = 0;
    pendingTuple = null;
    oldPrims = new Set();
    own = new WeakSet();
    for (const { v } of reach(roots(), new Set()).prims) oldPrims.add(v);
    tracing = true;
    install();
  };

  return makeModule("_memtrace", {
    // start(nframe): trace the objects born from now on, with up to nframe frames each
    start: fn("start", ([n]) => {
      const frames = n === undefined ? 1 : Number(n);
      if (!Number.isInteger(frames) || frames < 1 || frames > 65535) raise("ValueError", "the number of frames must be in range [1; 65535]");
      startTracing(frames);
      return None;
    }),
    stop: fn("stop", () => {
      tracing = false;
      born = new WeakMap();
      bornCount = 0;
      primSite = new Map();
      lookSite = new Map();
      pendingTuple = null;
      peak = 0;
      install();
      return None;
    }),
    is_tracing: fn("is_tracing", () => tracing),
    get_traceback_limit: fn("get_traceback_limit", () => nframe),
    // clear_traces(): forget every trace; what is reachable now counts as made before tracing
    clear_traces: fn("clear_traces", () => {
      if (!tracing) return None;
      tracing = false;
      startTracing(nframe);
      return None;
    }),
    // get_traced_memory() -> (current, peak) in bytes
    get_traced_memory: fn("get_traced_memory", () => {
      if (!tracing) return new PyTuple([0, 0]);
      const current = tracedSize();
      return new PyTuple([current, peak]);
    }),
    reset_peak: fn("reset_peak", () => {
      peak = tracing ? tracedSize() : 0;
      return None;
    }),
    // traces() -> [(size, ((filename, lineno), ...)), ...] of the blocks still reachable
    traces: fn("traces", () => {
      if (!tracing) return new PyList([]);
      const traces = look();
      let total = 0;
      for (const [size] of traces) total += size;
      if (total > peak) peak = total;
      return new PyList(traces.map(([size, site]) => new PyTuple([size, site])));
    }),
    // get_tracemalloc_memory(): what the traces take: a pointer and a size per traced object
    get_tracemalloc_memory: fn("get_tracemalloc_memory", () => 16 * bornCount + 64 * sites.size),
    // group(traces, key_type, cumulative) -> [(key frames, size, count), ...] in first-seen order:
    // the sums Snapshot.statistics and compare_to sort ('filename' keys have line 0)
    group: fn("group", ([raw, keyType, cumulative]) => {
      const byFile = keyType === "filename";
      const whole = keyType === "traceback";
      const keys = new Map<unknown, { key: PyValue; size: number; count: number }>();
      const add = (id: unknown, key: () => PyValue, size: number): void => {
        let g = keys.get(id);
        if (g === undefined) {
          g = { key: key(), size: 0, count: 0 };
          keys.set(id, g);
        }
        g.size += size;
        g.count++;
      };
      for (const t of (raw as PyList).items) {
        const [size, site] = (t as PyTuple).items as [number, PyTuple];
        if (whole) {
          add(site, () => site, size);
          continue;
        }
        const frames = cumulative === true ? site.items : site.items.slice(0, 1);
        const done = new Set<string>();
        for (const f of frames) {
          const [file, line] = (f as PyTuple).items as [string, number];
          const id = byFile ? file : `${file}\0${line}`;
          if (done.has(id)) continue;
          done.add(id);
          add(id, () => new PyTuple([new PyTuple([file, byFile ? 0 : line])]), size);
        }
      }
      return new PyList([...keys.values()].map((g) => new PyTuple([g.key, g.size, g.count])));
    }),
    // gc: counting(): gen-0 starts counting the containers born from now on
    gc_counting: fn("gc_counting", () => {
      if (!counting) {
        counting = true;
        install();
      }
      return None;
    }),
    gc_get_count: fn("gc_get_count", () => new PyTuple([counts[0]!, counts[1]!, counts[2]!])),
    gc_collected: fn("gc_collected", ([gen]) => {
      collectGen(Number(gen));
      return None;
    }),
    gc_set_enabled: fn("gc_set_enabled", ([on]) => {
      gcEnabled = on === true;
      return None;
    }),
    gc_set_threshold: fn("gc_set_threshold", ([a, b, c]) => {
      thresholds[0] = Number(a);
      thresholds[1] = Number(b);
      thresholds[2] = Number(c);
      return None;
    }),
    // gc_objects(generation) -> the containers the run can reach (generation 0 (or 1, 2): the
    // ones born since the last collection are not told apart, so every object is in gen 2)
    gc_objects: fn("gc_objects", ([gen]) => {
      if (gen === 0 || gen === 1) return new PyList([]);
      const out: PyValue[] = [];
      for (const o of reach(roots(), own).objs) if (isContainer(o) && !(o instanceof PyType && o.module === "builtins")) out.push(o);
      return new PyList(out);
    }),
  });
}
