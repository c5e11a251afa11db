// Shapes the review API returns and the review components read. Types only: both the server
// and the browser import them.
import type { TItemKind } from "@/lib/quiz/schemas";
import type { TCardState, TRating } from "@/lib/srs/schedule";

export type TReviewEntry = {
  /** `card:<id>` for a card the learner holds, `new:<questionId>` for a question not studied yet */
  ref: string;
  isNew: boolean;
  state: TCardState;
  kind: TItemKind;
  prompt: string;
  options: string[];
  items: string[] | null;
  /** the program a predict-the-output item is about */
  code: string | null;
  hintable: boolean;
  /** for a recall card: when it would come back after Again, Hard, Good and Easy */
  previews: { again: string; hard: string; good: string; easy: string } | null;
  question: { number: number; title: string; href: string; bank: { slug: string; name: string; emoji: string } };
};

export type TReviewCounts = { due: number; fresh: number; doneToday: number; dailyGoal: number };

export type TReviewQueue = {
  entries: TReviewEntry[];
  counts: TReviewCounts;
  /** when the queue is empty: when the next card becomes due and how many fall due that day */
  next: { at: string; day: string; dueThatDay: number; timeZone: string } | null;
};

export type TReviewSummary = { due: number; fresh: number };

export type TReviewAnswerResult = {
  replayed: boolean;
  logId: string;
  rating: TRating;
  correct: boolean;
  score: number;
  correctAnswerText: string;
  explanation: string;
  /** when the card is due next */
  due: string;
};

export type TReviewHint = { removeOption: number | null; text: string | null };
