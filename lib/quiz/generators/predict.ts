import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "../../content/parse-markdown";
import { isSandboxBlock } from "../../content/list-code-blocks";
import { parseSandboxMeta, type TPredictTarget } from "../../content/sandbox-meta";
import type { TQuizItem } from "../item-schema";
import { formatVirtualTime, runForPrediction, splitOutputLines, type TProgramRun } from "../run-prediction";
import { createItemRandom, shufflePermutation } from "../seeded-random";

export const MAX_PREDICTED_LINES = 12;
// Below this the total is mostly the cost model's per-instruction charge, which is not what a
// learner should be asked to guess.
export const MIN_PREDICTED_SECONDS = 0.05;

export type TPredictError = { line: number; message: string };

/** One predict-the-output item per requested target of every `python sandbox predict` fence.
 * Blocks are numbered by their position among all sandbox fences of the answer, which is how the
 * question page finds the items of the block it renders. */
export function buildPredictItems(markdown: string, options: { seed?: number; run?: (code: string) => TProgramRun } = {}): { items: TQuizItem[]; errors: TPredictError[] } {
  const run = options.run ?? runForPrediction;
  const items: TQuizItem[] = [];
  const errors: TPredictError[] = [];
  let block = 0;
  visit(parseMarkdown(markdown), "code", (node: Code) => {
    if (!isSandboxBlock(node)) return;
    const meta = parseSandboxMeta(node.meta);
    block += 1;
    if (meta.predict.length === 0) return;
    const line = node.position?.start.line ?? 1;
    const result = run(node.value);
    if (result.exitCode !== 0) {
      errors.push({ line, message: `a predict block must run without error (exit status ${result.exitCode})` });
      return;
    }
    for (const target of meta.predict) {
      const made = buildItem(target, { code: node.value, block, run: result, seed: options.seed ?? 0 });
      if (typeof made === "string") errors.push({ line, message: made });
      else items.push(made);
    }
  });
  return { items, errors };
}

type TBuildInput = { code: string; block: number; run: TProgramRun; seed: number };

function buildItem(target: TPredictTarget, input: TBuildInput): TQuizItem | string {
  switch (target) {
    case "output":
      return buildOutputItem(input);
    case "time":
      return buildTimeItem(input);
  }
}

function buildOutputItem({ code, block, run, seed }: TBuildInput): TQuizItem | string {
  const lines = splitOutputLines(run.stdout);
  if (lines.length < 2) return "predict=output needs a program that prints at least two lines";
  if (lines.length > MAX_PREDICTED_LINES) return `predict=output allows at most ${MAX_PREDICTED_LINES} printed lines (this one prints ${lines.length})`;
  if (new Set(lines).size < 2) return "predict=output needs at least two different printed lines";
  const id = `predict-output-${block}`;
  const random = createItemRandom(seed, id);
  let order = shufflePermutation(lines.length, random);
  // Shown in the printed order the puzzle is already solved; a shuffle that lands there (or on
  // an order with the same texts) is shuffled again, and rotated as a last resort.
  for (let tries = 0; tries < 8 && order.every((from, i) => lines[from] === lines[i]); tries++) order = shufflePermutation(lines.length, random);
  if (order.every((from, i) => lines[from] === lines[i])) order = [...order.slice(1), order[0] as number];
  const options = order.map((from) => lines[from] as string);
  const answer = lines.map((_, printed) => order.indexOf(printed));
  return {
    id,
    kind: "ordering",
    generator: "predict-output",
    prompt: "Predict the output: put the lines this program prints in the order they appear.",
    options,
    answer,
    explanation: "Each line is printed by whichever thread or task runs at that moment: run the example and follow its timeline.",
    source: { table: -1, row: null, column: null },
    program: { code, target: "output", block },
  };
}

// The right total sits at a random rung of a ladder of multiples, so its position among the
// sorted options gives nothing away.
const LADDERS = [
  [1, 2, 3, 4],
  [0.5, 1, 2, 3],
  [1 / 3, 0.5, 1, 2],
  [0.25, 1 / 3, 0.5, 1],
] as const;

function buildTimeItem({ code, block, run, seed }: TBuildInput): TQuizItem | string {
  if (run.totalTime < MIN_PREDICTED_SECONDS) return `predict=time needs a program that takes at least ${MIN_PREDICTED_SECONDS} s of virtual time`;
  const id = `predict-time-${block}`;
  const random = createItemRandom(seed, id);
  const first = Math.floor(random() * LADDERS.length);
  for (let k = 0; k < LADDERS.length; k++) {
    const ladder = LADDERS[(first + k) % LADDERS.length] as readonly number[];
    const options = ladder.map((factor) => formatVirtualTime(run.totalTime * factor));
    if (new Set(options).size !== options.length) continue;
    return {
      id,
      kind: "single_choice",
      generator: "predict-time",
      prompt: "Predict the total time: how long does this program take on the sandbox's virtual clock (2 cores, 5 ms switch interval)?",
      options,
      answer: [ladder.indexOf(1)],
      explanation:
        "Waits that overlap cost their longest member, not their sum, while CPU-bound Python threads take turns on one GIL. The example's timeline shows each lane's waits.",
      source: { table: -1, row: null, column: null },
      program: { code, target: "time", block },
    };
  }
  return "predict=time could not make four distinct time options";
}
