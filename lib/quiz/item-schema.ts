import { z } from "zod";

export const ZItemKind = z.enum(["recall", "single_choice", "multiple_choice", "true_false", "matching", "ordering", "short_text"]);
export type TItemKind = z.infer<typeof ZItemKind>;

export const ZGenerator = z.enum(["which-subject", "true-false", "matching", "odd-one-out", "fill-the-cell", "authored", "predict-output", "predict-time"]);
export type TGenerator = z.infer<typeof ZGenerator>;

// table/row/column are 0-based: table over every GFM table in the answer, row over body rows,
// column over subject columns (the aspect column is not counted). Authored items use table -1.
export const ZItemSource = z.object({
  table: z.number().int(),
  row: z.number().int().nullable(),
  column: z.number().int().nullable(),
});
export type TItemSource = z.infer<typeof ZItemSource>;

const ZIndex = z.number().int().nonnegative();
export const ZMatchPair = z.tuple([ZIndex, ZIndex]);
export type TMatchPair = z.infer<typeof ZMatchPair>;

// One union rather than a per-kind union so the stored shape stays a single flat object; the
// refinement below ties each kind to the answer shape it needs.
export const ZAnswer = z.union([z.array(ZIndex), z.array(ZMatchPair), z.array(z.string())]);
export type TAnswer = z.infer<typeof ZAnswer>;

// A predict-the-output item carries the program it is about. Its stored answer is what the
// program printed when the item was made; grading runs the program again on the server and
// derives the answer from that run (see grade-prediction.ts).
export const ZItemProgram = z.object({ code: z.string().min(1), target: z.enum(["output", "time"]), block: z.number().int().positive() });
export type TItemProgram = z.infer<typeof ZItemProgram>;

export const ZQuizItem = z
  .object({
    id: z.string().min(1),
    kind: ZItemKind,
    generator: ZGenerator,
    prompt: z.string().min(1),
    options: z.array(z.string()),
    items: z.array(z.string()).optional(),
    answer: ZAnswer,
    explanation: z.string(),
    source: ZItemSource,
    program: ZItemProgram.optional(),
  })
  .superRefine((item, ctx) => {
    const problem = findItemProblem(item);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["answer"] });
  });
export type TQuizItem = z.infer<typeof ZQuizItem>;

// Shared by the schema and the grader: the grader must not trust an item that was stored by an
// older version or edited by hand, and reports it instead of throwing.
export function findItemProblem(item: Pick<TQuizItem, "kind" | "options" | "items" | "answer" | "program">): string | null {
  const { answer, options } = item;
  if (item.program) {
    const fits = item.program.target === "output" ? item.kind === "ordering" : item.kind === "single_choice";
    if (!fits) return `a predict-${item.program.target} item must be ${item.program.target === "output" ? "an ordering" : "a single_choice"} item`;
  }
  const inRange = (i: unknown, n: number) => typeof i === "number" && Number.isInteger(i) && i >= 0 && i < n;
  const distinct = (xs: readonly unknown[]) => new Set(xs).size === xs.length;
  if (item.kind !== "matching" && item.items !== undefined) return "only matching items have items";
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      if (item.kind === "true_false" && options.length !== 2) return "true_false needs exactly two options";
      if (options.length < 2) return "needs at least two options";
      return answer.length === 1 && inRange(answer[0], options.length) ? null : "answer must be one option index";
    case "multiple_choice":
      if (options.length < 2) return "needs at least two options";
      if (!answer.every((i) => inRange(i, options.length))) return "answer must be option indexes";
      if (!distinct(answer)) return "answer has duplicate indexes";
      return answer.every((v, i) => i === 0 || (v as number) > (answer[i - 1] as number)) ? null : "answer must be sorted";
    case "ordering":
      if (options.length < 2) return "needs at least two options";
      if (answer.length !== options.length || !answer.every((i) => inRange(i, options.length))) return "answer must order every option";
      return distinct(answer) ? null : "answer has duplicate indexes";
    case "matching": {
      const items = item.items ?? [];
      if (items.length === 0 || options.length === 0) return "matching needs items and options";
      if (answer.length !== items.length) return "answer must pair every item";
      const ok = answer.every((p) => Array.isArray(p) && p.length === 2 && inRange(p[0], items.length) && inRange(p[1], options.length));
      if (!ok) return "answer must be [itemIndex, optionIndex] pairs";
      return distinct(answer.map((p) => (p as TMatchPair)[0])) ? null : "answer pairs an item twice";
    }
    case "short_text":
      return answer.length > 0 && answer.every((s) => typeof s === "string" && s.trim() !== "") ? null : "answer must list accepted strings";
    case "recall":
      return answer.length === 0 ? null : "recall items have an empty answer";
  }
}
