// Entry of the server's sandbox worker threads, bundled by scripts/build-sandbox-thread.mjs into
// lib/server/generated/sandbox-thread.mjs. It has no "server-only" import because it is not part
// of the Next bundle: Node loads it in a worker_threads Worker, away from the request thread.
import { parentPort } from "node:worker_threads";
import { runFenceProgram } from "../../content/run-fence";
import { runForPrediction } from "../../quiz/run-prediction";
import { warmUpEngine } from "../../sandbox";
import type { TThreadReply, TThreadRequest, TThreadRuns, TThreadTask } from "./thread-protocol";

if (!parentPort) throw new Error("sandbox-thread must run in a worker thread");
const port = parentPort;

function runTask(task: TThreadTask, code: string): TThreadRuns[TThreadTask] {
  switch (task) {
    case "prediction":
      return runForPrediction(code);
    case "fence":
      return runFenceProgram(code);
  }
}

port.on("message", (request: TThreadRequest) => {
  let reply: TThreadReply;
  try {
    reply = { id: request.id, ok: true, run: runTask(request.task, request.code) };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

// Warm up (lib/sandbox/warm-up.ts) before the first job: messages that arrive meanwhile wait in
// the port's queue, and that job then runs on an interpreter V8 has already seen at work.
warmUpEngine();
