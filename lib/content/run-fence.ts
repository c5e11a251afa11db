import { runProgram } from "../sandbox";
import { DEFAULT_SETTINGS, UI_INSTRUCTION_BUDGET } from "../sandbox-ui/worker-protocol";

// A python fence runs here the way the question page would run it: the page's default settings
// and instruction budget. The sandbox is deterministic, so the same code always gets the same
// answer. Kept apart from the markdown side (runnable-fences.ts) so the server's sandbox thread
// bundles the VM and nothing of the markdown stack.

/** raised: it ended in a Python exception nobody caught (not a syntax error, the budget or a
 * feature the sandbox lacks) */
export type TFenceRun = { exitCode: number; stdout: string; stderr: string; failure: string | null; raised: boolean };
export type TFenceRunner = (code: string) => TFenceRun;

export function runFenceProgram(code: string): TFenceRun {
  const result = runProgram(code, {
    switchIntervalSeconds: DEFAULT_SETTINGS.switchIntervalMs / 1000,
    cores: DEFAULT_SETTINGS.cores,
    seed: DEFAULT_SETTINGS.seed,
    instructionBudget: UI_INSTRUCTION_BUDGET,
  });
  const failed = result.exitCode !== 0 || result.error !== undefined;
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    failure: failed ? describeFailure(result.stderr, result.error?.message) : null,
    raised: result.exitCode === 1 && result.error === undefined,
  };
}

function describeFailure(stderr: string, message: string | undefined): string {
  const last = stderr.trimEnd().split("\n").at(-1)?.trim();
  return last || message || "it failed";
}

// Keyed by code: the content check and the importer ask about the same fences more than once.
const runs = new Map<string, TFenceRun>();

/** runFenceProgram, remembered per code for the life of the process (scripts and tests). */
export function runFence(code: string): TFenceRun {
  const known = runs.get(code);
  if (known) return known;
  const run = runFenceProgram(code);
  runs.set(code, run);
  return run;
}

/** What CPython writes to stderr when a thread, a task, a callback or a child process dies of an
 * exception nobody caught, or a finaliser fails: the program still exits 0, but a fence that does
 * this without saying so (`sandbox`) is more likely a sandbox gap than the example's point. */
const UNCAUGHT_IN_BACKGROUND = /^(Exception in thread |Task exception was never retrieved|Exception in callback |Exception ignored in|Process [\w-]+:$)/m;

/** A fence without options is runnable when it exits 0 and nothing died in the background. It
 * may print nothing (a block of definitions: the reader can add calls and run it) and may write to
 * stderr on purpose (logging, warnings, `traceback.print_exc()`); a fragment fails. */
export function runsCleanly(run: TFenceRun): boolean {
  return run.failure === null && !UNCAUGHT_IN_BACKGROUND.test(run.stderr);
}

/** A `raises` fence is runnable when it does what it promises: ends in an uncaught exception. */
export function raisesAsPromised(run: TFenceRun): boolean {
  return run.raised;
}
