// The words after ```python on a fence, documented in content/README.md. Without any, a fence
// gets a Run button when it runs cleanly in the sandbox (lib/content/run-fence.ts decides, at
// import); the options force either way or say more:
//   sandbox            always runnable: the content check refuses the file if the fence fails
//   norun              never runnable: a fragment, an error shown on purpose, or code the
//                      sandbox leaves out (files, subprocesses, third-party packages)
//   raises             the example ends in an uncaught exception on purpose: runnable when it
//                      does, and the cpython test stage compares its traceback with CPython's
//   varies             runnable, but CPython's output differs from run to run (real time, ids,
//                      addresses, pids, thread races), so the cpython test stage checks that it
//                      runs and does not compare what it prints
//   predict            the learner predicts the printed lines and the total virtual time
//   predict=output     only the printed lines (an ordering item)
//   predict=time       only the total virtual time (a choice item)
//   modes=threads,asyncio,processes   the block declares one workload in several models and
//                      the page offers a switch (the code's `MODE = "…"` line selects one)
export const PREDICT_TARGETS = ["output", "time"] as const;
export type TPredictTarget = (typeof PREDICT_TARGETS)[number];

export const WORKLOAD_MODES = ["threads", "asyncio", "processes"] as const;
export type TWorkloadMode = (typeof WORKLOAD_MODES)[number];

export type TSandboxMeta = { sandbox: boolean; norun: boolean; raises: boolean; varies: boolean; predict: TPredictTarget[]; modes: TWorkloadMode[]; problems: string[] };

const OPTION_NAMES = "sandbox, norun, raises, varies, predict, modes=";

export function parseSandboxMeta(meta: string | null | undefined): TSandboxMeta {
  const result: TSandboxMeta = { sandbox: false, norun: false, raises: false, varies: false, predict: [], modes: [], problems: [] };
  for (const word of (meta ?? "").split(/\s+/).filter(Boolean)) {
    const [name, value] = splitOption(word);
    if (value !== null && (name === "sandbox" || name === "norun" || name === "raises" || name === "varies")) {
      result.problems.push(`\`${name}\` takes no value (found "${word}")`);
      continue;
    }
    switch (name) {
      case "sandbox":
        result.sandbox = true;
        break;
      case "norun":
        result.norun = true;
        break;
      case "raises":
        result.raises = true;
        break;
      case "varies":
        result.varies = true;
        break;
      case "predict":
        result.predict = value === null ? [...PREDICT_TARGETS] : pickValues(value, PREDICT_TARGETS, "predict", result.problems);
        break;
      case "modes":
        result.modes = pickValues(value ?? "", WORKLOAD_MODES, "modes", result.problems);
        if (result.modes.length < 2) result.problems.push("modes= needs at least two of threads, asyncio, processes");
        break;
      default:
        result.problems.push(`unknown fence option "${word}" (the options are ${OPTION_NAMES})`);
    }
  }
  if (!result.sandbox && (result.predict.length > 0 || result.modes.length > 0)) result.problems.push("predict= and modes= only apply to `python sandbox` fences");
  if (result.norun && result.sandbox) result.problems.push("a fence cannot be both `sandbox` and `norun`");
  if (result.raises && result.norun) result.problems.push("a fence cannot be both `raises` and `norun`: `raises` asks for a Run button that shows the error");
  if (result.raises && result.sandbox) result.problems.push("a `python sandbox` fence must exit cleanly; use `raises` alone for an error shown on purpose");
  if (result.norun && result.varies) result.problems.push("`varies` is about a fence that runs; drop it from a `norun` fence");
  return result;
}

function splitOption(word: string): [string, string | null] {
  const at = word.indexOf("=");
  return at < 0 ? [word, null] : [word.slice(0, at), word.slice(at + 1)];
}

function pickValues<T extends string>(value: string, allowed: readonly T[], option: string, problems: string[]): T[] {
  const picked: T[] = [];
  for (const part of value.split(",").filter(Boolean)) {
    const known = allowed.find((a) => a === part);
    if (!known) problems.push(`${option}= does not know "${part}" (use ${allowed.join(", ")})`);
    else if (!picked.includes(known)) picked.push(known);
  }
  if (picked.length === 0 && problems.length === 0) problems.push(`${option}= needs a value`);
  return picked;
}

// A workload block selects its model with one top-level `MODE = "threads"` line; the switch on
// the page rewrites that line, so the learner always sees exactly the code that runs.
const MODE_LINE = /^MODE\s*=\s*(["'])(threads|asyncio|processes)\1[ \t]*(#.*)?$/gm;

export function findModeLine(code: string): { mode: TWorkloadMode; count: number } | null {
  const matches = [...code.matchAll(MODE_LINE)];
  const first = matches[0];
  if (!first) return null;
  return { mode: first[2] as TWorkloadMode, count: matches.length };
}

export function setWorkloadMode(code: string, mode: TWorkloadMode): string {
  return code.replace(MODE_LINE, (_line, quote: string, _old: string, comment: string | undefined) => `MODE = ${quote}${mode}${quote}${comment ? `  ${comment}` : ""}`);
}
