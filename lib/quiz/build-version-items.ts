import { generateItemsFromMarkdown } from "./generate-items";
import { buildPredictItems } from "./generators/predict";
import type { TQuizItem } from "./item-schema";
import { parseAuthoredItems } from "./parse-authored-items";
import type { TProgramRun } from "./run-prediction";

export const RECALL_ITEM_ID = "recall";

// Every item a question version offers: the recall card (the question itself, graded by the
// learner), the author's ```quiz blocks, predict-the-output items of `python sandbox predict`
// fences, and items generated from the answer's tables. The seed
// is fixed so option order is the same each time the version is processed.
// `run` stands in for the in-process sandbox run of predict blocks (the server passes runs made
// in its worker threads).
export function buildVersionItems(version: { title: string; bodyMarkdown: string }, options: { run?: (code: string) => TProgramRun } = {}): TQuizItem[] {
  const recall: TQuizItem = {
    id: RECALL_ITEM_ID,
    kind: "recall",
    generator: "authored",
    prompt: version.title,
    options: [],
    answer: [],
    explanation: "Compare what you recalled with the model answer, then rate yourself honestly.",
    source: { table: -1, row: null, column: null },
  };
  const authored = parseAuthoredItems(version.bodyMarkdown, { seed: 1 }).items;
  const generated = generateItemsFromMarkdown(version.bodyMarkdown, { seed: 1 });
  const predictions = buildPredictItems(version.bodyMarkdown, { seed: 1, ...(options.run ? { run: options.run } : {}) }).items;
  return [recall, ...authored, ...predictions, ...generated];
}
