import type { TRating } from "./schedule";

export type TRecallRating = "again" | "hard" | "good" | "easy";
export type TAnsweredKind = "recall" | "single_choice" | "multiple_choice" | "true_false" | "matching" | "ordering" | "short_text";

/** A graded answer, as the rating rules need it (lib/srs/README.md). */
export type TGradedAnswer =
  { kind: "recall"; recall: TRecallRating } | { kind: Exclude<TAnsweredKind, "recall">; correct: boolean; durationMs: number | null; usualMs: number; hinted: boolean };

const RECALL_RATINGS: Record<TRecallRating, TRating> = { again: 1, hard: 2, good: 3, easy: 4 };

// Below half the usual time is "much faster", over twice the usual time is "slow".
export const EASY_BELOW = 0.5;
export const HARD_ABOVE = 2;

export function ratingForAnswer(answer: TGradedAnswer): TRating {
  if (answer.kind === "recall") return RECALL_RATINGS[answer.recall];
  if (!answer.correct) return 1;
  if (answer.hinted) return 2;
  if (answer.durationMs === null) return 3;
  if (answer.durationMs < answer.usualMs * EASY_BELOW) return 4;
  if (answer.durationMs > answer.usualMs * HARD_ABOVE) return 2;
  return 3;
}

// Until an item has enough correct answers of its own, its kind sets the usual time: reading a
// statement is quicker than matching four facts or ordering a program's output.
export const DEFAULT_USUAL_MS: Record<Exclude<TAnsweredKind, "recall">, number> = {
  true_false: 12_000,
  single_choice: 18_000,
  short_text: 20_000,
  multiple_choice: 30_000,
  matching: 45_000,
  ordering: 60_000,
};
export const USUAL_TIME_MIN_SAMPLES = 5;

/** The usual time of an item: the median of its recent correct answers' times once there are
 * enough of them, otherwise the default for its kind. */
export function usualTimeMs(kind: Exclude<TAnsweredKind, "recall">, correctDurations: readonly number[]): number {
  if (correctDurations.length < USUAL_TIME_MIN_SAMPLES) return DEFAULT_USUAL_MS[kind];
  const sorted = [...correctDurations].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
