import { hashText } from "../hash-text";
import type { TGenerator, TItemSource, TMatchPair, TQuizItem } from "./item-schema";
import { createItemRandom, shufflePermutation } from "./seeded-random";

// A generated item before its options are shuffled: options in table order, the correct one
// marked by index. The id is taken from this canonical form, so it names the question's
// content and does not change with the seed.
export type TChoiceDraft = {
  generator: Exclude<TGenerator, "authored" | "matching">;
  kind: "single_choice" | "true_false";
  prompt: string;
  options: string[];
  correct: number;
  explanation: string;
  source: TItemSource;
};

export type TMatchingDraft = {
  generator: "matching";
  prompt: string;
  items: string[];
  options: string[];
  matches: number[]; // matches[itemIndex] = optionIndex
  explanation: string;
  source: TItemSource;
};

export type TDraft = TChoiceDraft | TMatchingDraft;

export type TBuildOptions = { seed: number; questionVersionId?: string };

function computeDraftId(draft: TDraft, questionVersionId: string | undefined): string {
  const content =
    draft.generator === "matching"
      ? [draft.generator, "matching", draft.prompt, draft.items, draft.options, draft.matches]
      : [draft.generator, draft.kind, draft.prompt, draft.options, draft.correct];
  const id = `${draft.generator}-${hashText(JSON.stringify(content))}`;
  return questionVersionId ? `${questionVersionId}:${id}` : id;
}

export function buildItem(draft: TDraft, options: TBuildOptions): TQuizItem {
  const id = computeDraftId(draft, options.questionVersionId);
  const random = createItemRandom(options.seed, id);
  if (draft.generator === "matching") {
    // Items are shuffled; the targets (subjects) keep table order, which reads naturally.
    const order = shufflePermutation(draft.items.length, random);
    const pairs: TMatchPair[] = order.map((oldIndex, newIndex) => [newIndex, draft.matches[oldIndex] ?? 0]);
    return {
      id,
      kind: "matching",
      generator: draft.generator,
      prompt: draft.prompt,
      options: draft.options,
      items: order.map((i) => draft.items[i] ?? ""),
      answer: pairs,
      explanation: draft.explanation,
      source: draft.source,
    };
  }
  // True/False keep their fixed order; every other choice list is shuffled.
  const order = draft.kind === "true_false" ? [0, 1] : shufflePermutation(draft.options.length, random);
  return {
    id,
    kind: draft.kind,
    generator: draft.generator,
    prompt: draft.prompt,
    options: order.map((i) => draft.options[i] ?? ""),
    answer: [order.indexOf(draft.correct)],
    explanation: draft.explanation,
    source: draft.source,
  };
}
