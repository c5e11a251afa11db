import type { TFenceRun } from "../../content/run-fence";
import type { TProgramRun } from "../../quiz/run-prediction";

// Messages between the server and its sandbox worker threads. A task names the settings a
// program runs under: "prediction" as predict-the-output items are made and graded, "fence" as
// the question page runs an example (whether a fence gets a Run button).
export type TThreadRuns = { prediction: TProgramRun; fence: TFenceRun };
export type TThreadTask = keyof TThreadRuns;
export type TThreadRequest = { id: number; task: TThreadTask; code: string };
export type TThreadReply = { id: number; ok: true; run: TThreadRuns[TThreadTask] } | { id: number; ok: false; message: string };
