// Public API of the scheduler sandbox: run a Python program under virtual time.
import { compileModule } from "./compile/compiler";
import { disassemble } from "./compile/disassemble";
import { parseModule, SourceError } from "./parse/to-ast";
import { Program } from "./program";
import type { TMetrics, TTrace } from "./sched/trace";
import { HaltError } from "./vm/signals";
import { initRuntime } from "./init";

export type { TTrace, TMetrics } from "./sched/trace";

export type RunOptions = {
  switchIntervalSeconds?: number;
  /** stress mode: force a GIL hand-over every N instructions whenever another thread waits */
  switchIntervalInstructions?: number;
  cores?: number;
  seed?: number;
  /** PYTHONHASHSEED: keys the str/bytes hash, and so the order sets of strings iterate in
   * (0, the default, is `PYTHONHASHSEED=0`; CPython's own default, a random key, is not modelled) */
  hashSeed?: number;
  instructionBudget?: number;
  allocationBudget?: number;
  costPerInstructionSeconds?: number;
  /** virtual cost of starting a process (Process.start, pool workers): see the README */
  processStartSeconds?: number;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  shouldStop?: () => boolean;
  /** file name used in tracebacks (default "<main>") */
  filename?: string;
};

export type RunError = { kind: "unsupported" | "syntax" | "budget" | "stopped" | "runtime"; message: string; line?: number };

export type RunResult = {
  stdout: string;
  stderr: string;
  exitCode: number;
  trace: TTrace;
  metrics: TMetrics;
  error?: RunError;
};

/** Virtual cost of one bytecode instruction: a `total += i` loop iteration is 7 instructions ≈ 30 ns. */
export const DEFAULT_COST_PER_INSTRUCTION = 30e-9 / 7;
/** Fork start-up: CPython 3.11's `Process.start()` took about 10 ms of real time here (the child's
 * target began running some 25 ms after the call, its bootstrap included). */
export const DEFAULT_PROCESS_START_SECONDS = 0.01;
export const DEFAULT_INSTRUCTION_BUDGET = 200_000_000;
export const DEFAULT_ALLOCATION_BUDGET = 50_000_000;

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  initRuntime();
  const prog = new Program({
    filename: options.filename ?? "<main>",
    switchInterval: options.switchIntervalSeconds ?? 0.005,
    switchIntervalInstructions: options.switchIntervalInstructions ?? null,
    cores: Math.max(1, options.cores ?? 2),
    seed: options.seed ?? 0,
    hashSeed: options.hashSeed ?? 0,
    instructionBudget: options.instructionBudget ?? DEFAULT_INSTRUCTION_BUDGET,
    allocationBudget: options.allocationBudget ?? DEFAULT_ALLOCATION_BUDGET,
    cost: options.costPerInstructionSeconds ?? DEFAULT_COST_PER_INSTRUCTION,
    processStart: Math.max(0, options.processStartSeconds ?? DEFAULT_PROCESS_START_SECONDS),
    stdout: options.stdout ?? null,
    stderr: options.stderr ?? null,
    shouldStop: options.shouldStop ?? null,
  });
  let error: RunError | undefined;
  try {
    prog.compile(source);
    prog.run();
  } catch (e) {
    if (e instanceof SourceError) {
      error = { kind: e.kind, message: e.message, line: e.line };
      if (e.kind === "syntax") {
        const lineText = source.split("\n")[e.line - 1] ?? "";
        prog.emitErr(`  File "${prog.opts.filename}", line ${e.line}\n    ${lineText.trim()}\nSyntaxError: ${e.message}\n`);
      } else prog.emitErr(`UnsupportedFeature: ${e.message} (line ${e.line})\n`);
      prog.exitCode = 1;
    } else if (e instanceof HaltError) {
      error = { kind: e.kind === "unsupported" ? "unsupported" : e.kind, message: e.message };
      const line = prog.currentFrame() ? currentLine(prog) : undefined;
      if (line !== undefined) error.line = line;
      prog.emitErr(`\n[sandbox] ${e.message}${line !== undefined ? ` (line ${line})` : ""}\n`);
      prog.exitCode = 1;
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      error = { kind: "runtime", message: `internal error: ${msg}` };
      const line = prog.currentFrame() ? currentLine(prog) : undefined;
      if (line !== undefined) error.line = line;
      prog.emitErr(`\n[sandbox] internal error: ${msg}\n`);
      prog.exitCode = 1;
    }
  }
  const sched = prog.sched;
  const endTime = Math.max(0, ...sched.procs.map((p) => p.now));
  const result: RunResult = {
    stdout: prog.out,
    stderr: prog.err,
    exitCode: prog.exitCode,
    trace: sched.trace.finish(endTime),
    metrics: {
      totalTime: endTime,
      cpuBusy: sched.cpuBusy,
      contextSwitches: sched.contextSwitches,
      gilWaitTotal: sched.gilWait,
      instructions: prog.interp.totalExecuted,
    },
  };
  if (error) result.error = error;
  return result;
}

/** The bytecode the sandbox compiles `source` to, as a dis-style listing (the sandbox's own
 * instruction set, not CPython's). Throws SourceError for code that does not compile. */
export function disassembleProgram(source: string, filename = "<main>"): string {
  return disassemble(compileModule(parseModule(source).body, source, filename));
}

export { SourceError };

function currentLine(prog: Program): number | undefined {
  const f = prog.currentFrame();
  if (!f) return undefined;
  return f.code.lines[Math.max(0, f.ip - 2) >> 1];
}
export { warmUpEngine } from "./warm-up";
