// Non-Python control-flow signals used between natives, the VM and the scheduler.
import type { PyValue } from "../runtime/value";

/** Returned by a native to say "the current thread is now parked; resume me later". */
export const SUSPEND = { suspend: true } as unknown as PyValue;

/** A nested run (Python called from a native) has no preemption point, so every this many
 * instructions its loops check the instruction budget and Stop instead. */
export const NESTED_CHECK_EVERY = 20_000;

/** The run hit a hard limit (instruction/allocation budget, stop request). */
export class HaltError extends Error {
  constructor(
    public kind: "budget" | "stopped" | "unsupported",
    message: string,
  ) {
    super(message);
  }
}

/** sys.exit / SystemExit reaching the top of the main thread. */
export class ExitSignal extends Error {
  constructor(public code: number) {
    super("exit");
  }
}

/** Returned by the VM's call helpers (vm/calls.ts) when they pushed a Python frame instead of
 * producing a value: the dispatch loop continues in st.frame. */
export const FRAME_PUSHED = { framePushed: true } as unknown as PyValue;
