// Messages between the page and the sandbox Web Worker.
import type { RunResult } from "@/lib/sandbox";

export type TRunSettings = { switchIntervalMs: number; cores: number; seed: number };

export const DEFAULT_SETTINGS: TRunSettings = { switchIntervalMs: 5, cores: 2, seed: 0 };

/** About 1–3 s of real time in a browser: enough for every bank example, short enough that a
 * forgotten infinite loop ends by itself even if nobody presses Stop. */
export const UI_INSTRUCTION_BUDGET = 100_000_000;

/** Output kept per run; an endless print loop must not grow the page without bound. */
export const MAX_OUTPUT_CHARS = 100_000;

export type TOutputChunk = { stream: "stdout" | "stderr"; text: string };

/** The run's result without stdout/stderr, which already arrived as output chunks. */
export type TRunOutcome = Omit<RunResult, "stdout" | "stderr"> & { wallMs: number };

export type TWorkerRequest = { type: "run"; id: number; source: string; settings: TRunSettings; instructionBudget: number };

export type TWorkerMessage = { type: "ready" } | { type: "output"; id: number; chunks: TOutputChunk[] } | { type: "done"; id: number; outcome: TRunOutcome };
