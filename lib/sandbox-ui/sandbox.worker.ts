// The sandbox's Web Worker: runs one program at a time off the main thread, so a long or
// endless program never freezes the page. Stopping is `worker.terminate()` on the page side;
// the run itself is synchronous and cannot be interrupted from inside.
import { runProgram, warmUpEngine } from "@/lib/sandbox";
import { MAX_OUTPUT_CHARS, type TOutputChunk, type TWorkerMessage, type TWorkerRequest } from "./worker-protocol";

type TWorkerScope = {
  postMessage(message: TWorkerMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<TWorkerRequest>) => void): void;
};
const scope = globalThis as unknown as TWorkerScope;

// Output is batched: one message per print would flood the page's event loop in a print loop.
const FLUSH_EVERY_MS = 50;

function run(request: TWorkerRequest): void {
  const { id, source, settings } = request;
  let pending: TOutputChunk[] = [];
  let written = 0;
  let truncated = false;
  let lastFlush = performance.now();
  const flush = () => {
    if (pending.length) scope.postMessage({ type: "output", id, chunks: pending });
    pending = [];
    lastFlush = performance.now();
  };
  const write = (stream: TOutputChunk["stream"]) => (text: string) => {
    if (truncated) return;
    if (written + text.length > MAX_OUTPUT_CHARS) {
      text = `${text.slice(0, MAX_OUTPUT_CHARS - written)}\n[output truncated after ${MAX_OUTPUT_CHARS.toLocaleString("en")} characters]\n`;
      truncated = true;
    }
    written += text.length;
    const last = pending.at(-1);
    if (last?.stream === stream) last.text += text;
    else pending.push({ stream, text });
  };
  const started = performance.now();
  const result = runProgram(source, {
    switchIntervalSeconds: settings.switchIntervalMs / 1000,
    cores: settings.cores,
    seed: settings.seed,
    instructionBudget: request.instructionBudget,
    stdout: write("stdout"),
    stderr: write("stderr"),
    // Polled every ~20k instructions: a cheap place to stream output while a long run goes on.
    shouldStop: () => {
      if (performance.now() - lastFlush > FLUSH_EVERY_MS) flush();
      return false;
    },
  });
  flush();
  const { stdout: _out, stderr: _err, ...outcome } = result;
  scope.postMessage({ type: "done", id, outcome: { ...outcome, wallMs: performance.now() - started } });
}

scope.addEventListener("message", (event) => {
  if (event.data.type === "run") run(event.data);
});

// Warm up (lib/sandbox/warm-up.ts): a built-in program compiles the sandbox's own Python modules
// and gives V8 type feedback for the interpreter's common paths, so the learner's first Run is
// about as fast as the next ones. Its output is discarded.
warmUpEngine();
scope.postMessage({ type: "ready" });
