import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { TFenceRun } from "@/lib/content/run-fence";
import type { TProgramRun } from "@/lib/quiz/run-prediction";
import { env } from "@/lib/server/env";
import type { TThreadReply, TThreadRequest, TThreadRuns, TThreadTask } from "./thread-protocol";

// The engine never runs on the request thread: a program that loops until its instruction budget
// runs out takes a second or more of CPU, and the server must keep answering meanwhile. Runs go
// to a small pool of worker threads; a thread that overruns the wall-clock limit is terminated
// (a synchronous VM loop cannot be interrupted from outside) and replaced on the next run.
// Each thread has its own heap limit: a program that allocates without end kills its thread,
// whose job fails with a 409, and never the server. A thread that dies between jobs is dropped
// from the pool the moment it dies.

const POOL_SIZE = 2;
/** Far above any bank program (they take milliseconds); only a runaway hits it. */
const WALL_LIMIT_MS = 10_000;
// Enough for every fence and predict block of several banks: a bank upload's preview and then its
// import run each of the bank's ~300 programs, and a cache smaller than that, evicting the oldest,
// missed on every one of them the second time. Bounded by the characters it holds.
const CACHE_CHARS = 32 * 1024 * 1024;

const bundlePath = () => join(process.cwd(), "lib", "server", "generated", "sandbox-thread.mjs");

type TSlot = { worker: Worker; busy: boolean };
type TRun = TThreadRuns[TThreadTask];
type TJob = { task: TThreadTask; code: string; resolve: (run: TRun) => void; reject: (error: Error) => void };

const slots: TSlot[] = [];
const queue: TJob[] = [];
// Programs are deterministic under a task's settings, so a repeated program (many learners
// answering the same item, an author's preview after each edit) reuses the first run's result.
const cache = new Map<string, { run: TRun; chars: number }>();
let cachedChars = 0;
const cacheKey = (task: TThreadTask, code: string) => `${task}\n${code}`;
let nextId = 1;

function spawnSlot(): TSlot {
  const path = bundlePath();
  if (!existsSync(path)) throw new AppError("INTERNAL", "The sandbox worker bundle is missing; run `npm install` (postinstall builds it).");
  const worker = new Worker(/* turbopackIgnore: true */ path, {
    resourceLimits: { maxOldGenerationSizeMb: env.SANDBOX_THREAD_MEMORY_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
  });
  const slot: TSlot = { worker, busy: false };
  // Without a listener an 'error' event from a dead thread would throw on the main thread.
  worker.on("error", () => dropSlot(slot));
  worker.on("exit", () => dropSlot(slot));
  worker.unref();
  return slot;
}

function dropSlot(slot: TSlot): void {
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
}

const charsOf = (key: string, run: TRun) => key.length + run.stdout.length + ("stderr" in run ? run.stderr.length + (run.failure?.length ?? 0) : 0);

function remember(key: string, run: TRun): void {
  const chars = charsOf(key, run);
  if (chars > CACHE_CHARS / 8) return;
  forget(key);
  cache.set(key, { run, chars });
  cachedChars += chars;
  // Least recently used first: a hit moves its entry to the end (recall below).
  for (const [oldest] of cache) {
    if (cachedChars <= CACHE_CHARS) break;
    forget(oldest);
  }
}

function forget(key: string): void {
  const entry = cache.get(key);
  if (!entry) return;
  cache.delete(key);
  cachedChars -= entry.chars;
}

function recall(key: string): TRun | undefined {
  const entry = cache.get(key);
  if (!entry) return undefined;
  cache.delete(key);
  cache.set(key, entry);
  return entry.run;
}

function pump(): void {
  while (queue.length > 0) {
    let slot = slots.find((s) => !s.busy);
    if (!slot && slots.length < POOL_SIZE) {
      slot = spawnSlot();
      slots.push(slot);
    }
    if (!slot) return;
    const job = queue.shift() as TJob;
    runOnSlot(slot, job);
  }
}

function runOnSlot(slot: TSlot, job: TJob): void {
  slot.busy = true;
  const id = nextId++;
  const { worker } = slot;
  let settled = false;
  const finish = (outcome: { run: TRun } | { error: Error }, keep: boolean) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    worker.off("message", onMessage);
    worker.off("error", onError);
    worker.off("exit", onExit);
    if (keep) slot.busy = false;
    else {
      void worker.terminate();
      dropSlot(slot);
    }
    if ("run" in outcome) {
      remember(cacheKey(job.task, job.code), outcome.run);
      job.resolve(outcome.run);
    } else job.reject(outcome.error);
    pump();
  };
  const onMessage = (reply: TThreadReply) => {
    if (reply.id !== id) return;
    if (reply.ok) finish({ run: reply.run }, true);
    else finish({ error: new AppError("INTERNAL", `The sandbox failed: ${reply.message}`) }, true);
  };
  const onError = (error: Error & { code?: string }) =>
    finish(
      {
        error:
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError("CONFLICT", "The program used more memory than grading allows.")
            : new AppError("INTERNAL", `The sandbox thread crashed: ${error.message}`),
      },
      false,
    );
  const onExit = (code: number) => finish({ error: new AppError("INTERNAL", `The sandbox thread stopped (exit code ${code}).`) }, false);
  const timer = setTimeout(() => finish({ error: new AppError("CONFLICT", "The program ran too long to be graded.") }, false), WALL_LIMIT_MS);
  worker.on("message", onMessage);
  worker.on("error", onError);
  worker.on("exit", onExit);
  const request: TThreadRequest = { id, task: job.task, code: job.code };
  worker.postMessage(request);
}

/** Runs a program under the prediction settings in a worker thread. */
export function runProgramInThread(code: string): Promise<TProgramRun> {
  return runInThread("prediction", code);
}

/** Runs a python fence as the question page would, in a worker thread. */
export function runFenceInThread(code: string): Promise<TFenceRun> {
  return runInThread("fence", code);
}

function runInThread<K extends TThreadTask>(task: K, code: string): Promise<TThreadRuns[K]> {
  const cached = recall(cacheKey(task, code));
  // A reply carries the run of the task it was asked for.
  if (cached) return Promise.resolve(cached as TThreadRuns[K]);
  return new Promise((resolve, reject) => {
    const job: TJob = { task, code, resolve: (run) => resolve(run as TThreadRuns[K]), reject };
    queue.push(job);
    try {
      pump();
    } catch (error) {
      // No thread could be started (the bundle is missing): this job leaves the queue unrun.
      const at = queue.indexOf(job);
      if (at >= 0) queue.splice(at, 1);
      reject(error);
    }
  });
}
