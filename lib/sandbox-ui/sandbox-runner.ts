// Page side of the sandbox worker: hands each run a warm worker, and stops a run by terminating
// its worker outright (a synchronous VM loop cannot be asked to stop from outside).
import type { TOutputChunk, TRunOutcome, TRunSettings, TWorkerMessage, TWorkerRequest } from "./worker-protocol";
import { UI_INSTRUCTION_BUDGET } from "./worker-protocol";

export type TRunEnd = { kind: "finished"; outcome: TRunOutcome } | { kind: "stopped" } | { kind: "crashed"; message: string };

export type TRunHandle = { stop(): void; done: Promise<TRunEnd> };

let idle: Worker | null = null;
let nextId = 1;

function createWorker(): Worker {
  return new Worker(new URL("./sandbox.worker.ts", import.meta.url), { type: "module", name: "python-sandbox" });
}

/** Start a worker ahead of the first Run, so loading and warming the VM is not on the click path. */
export function prewarmSandbox(): void {
  if (typeof Worker === "undefined") return;
  idle ??= createWorker();
}

export function startRun(source: string, settings: TRunSettings, onOutput: (chunks: TOutputChunk[]) => void): TRunHandle {
  const worker = idle ?? createWorker();
  idle = null;
  const id = nextId++;
  let settle: (end: TRunEnd) => void = () => {};
  let settled = false;
  const done = new Promise<TRunEnd>((resolve) => {
    settle = (end) => {
      if (settled) return;
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      resolve(end);
    };
  });
  worker.onmessage = (event: MessageEvent<TWorkerMessage>) => {
    const message = event.data;
    if (message.type === "output" && message.id === id) onOutput(message.chunks);
    if (message.type === "done" && message.id === id) {
      settle({ kind: "finished", outcome: message.outcome });
      // A finished worker is warm: keep one for the next run, end any extra.
      if (idle) worker.terminate();
      else idle = worker;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    settle({ kind: "crashed", message: event.message || "the sandbox worker failed to load" });
  };
  const request: TWorkerRequest = { type: "run", id, source, settings, instructionBudget: UI_INSTRUCTION_BUDGET };
  worker.postMessage(request);
  return {
    done,
    stop() {
      if (settled) return;
      worker.terminate();
      settle({ kind: "stopped" });
      prewarmSandbox();
    },
  };
}
