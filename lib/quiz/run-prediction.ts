import { runProgram } from "../sandbox";

// Kept apart from the item builder so the server's sandbox thread bundles the VM and nothing of
// the markdown stack.

/** The one set of scheduler settings predictions are made and graded under. They are the page's
 * defaults, so the timeline a learner sees after predicting explains the graded answer. */
export const PREDICTION_SETTINGS = { switchIntervalSeconds: 0.005, cores: 2, seed: 0, instructionBudget: 20_000_000 } as const;

/** What grading needs from a run. */
export type TProgramRun = { stdout: string; exitCode: number; totalTime: number };

export function runForPrediction(code: string): TProgramRun {
  const result = runProgram(code, PREDICTION_SETTINGS);
  return { stdout: result.stdout, exitCode: result.exitCode, totalTime: result.metrics.totalTime };
}

export function splitOutputLines(stdout: string): string[] {
  const lines = stdout.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Virtual seconds as the options and the grader print them: precise enough to tell a rung of
 * the ladder from the next, coarse enough that cost-model noise does not matter. */
export function formatVirtualTime(seconds: number): string {
  if (seconds >= 1) return `${seconds.toFixed(1)} s`;
  if (seconds >= 0.01) return `${seconds.toFixed(2)} s`;
  return `${(seconds * 1000).toFixed(1)} ms`;
}
