import type { TProgramRun } from "../../quiz/run-prediction";

// Messages between the server and its sandbox worker threads.
export type TThreadRequest = { id: number; code: string };
export type TThreadReply = { id: number; ok: true; run: TProgramRun } | { id: number; ok: false; message: string };
