import type { TMatchPair, TQuizItem } from "./item-schema";
import type { TResponse } from "./response-schema";

/** The response that answers `item` right (for a recall card, a "good" rating). Tests, the
 * learner simulator and benchmarks use it; grading never does. */
export function buildRightResponse(item: TQuizItem): TResponse {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      return { kind: item.kind, choice: item.answer[0] as number };
    case "multiple_choice":
      return { kind: "multiple_choice", choices: item.answer as number[] };
    case "matching":
      return { kind: "matching", pairs: item.answer as TMatchPair[] };
    case "ordering":
      return { kind: "ordering", order: item.answer as number[] };
    case "short_text":
      return { kind: "short_text", text: String(item.answer[0]) };
    case "recall":
      return { kind: "recall", rating: "good" };
  }
}

/** A well-formed response that answers `item` wrong (for a recall card, an "again" rating). */
export function buildWrongResponse(item: TQuizItem): TResponse {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      return { kind: item.kind, choice: ((item.answer[0] as number) + 1) % item.options.length };
    case "multiple_choice":
      return {
        kind: "multiple_choice",
        choices: item.options
          .map((_, i) => i)
          .filter((i) => !(item.answer as number[]).includes(i))
          .slice(0, 1),
      };
    case "matching":
      return { kind: "matching", pairs: (item.answer as TMatchPair[]).map(([i, o]) => [i, (o + 1) % item.options.length]) };
    case "ordering":
      return { kind: "ordering", order: [...(item.answer as number[])].reverse() };
    case "short_text":
      return { kind: "short_text", text: "not the answer" };
    case "recall":
      return { kind: "recall", rating: "again" };
  }
}
