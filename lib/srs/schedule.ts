import { createEmptyCard, fsrs, State, type Card, type FSRS, type Grade, type ReviewLog } from "ts-fsrs";

export type TCardState = "new" | "learning" | "review" | "relearning";
export type TRating = 1 | 2 | 3 | 4;

/** A card as the database stores it: ts-fsrs' Card with named states and no undefined. */
export type TCard = {
  state: TCardState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
};

/** ts-fsrs' ReviewLog plus the card's due date before the review, which its rollback cannot
 * rebuild (it puts the review time there). */
export type TReviewLogFields = {
  rating: TRating;
  state: TCardState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
  previousDue: Date;
};

const STATE_NAMES = ["new", "learning", "review", "relearning"] as const satisfies Record<State, TCardState>;
const STATE_VALUES: Record<TCardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

const schedulers = new Map<number, FSRS>();

// ts-fsrs with its defaults (FSRS-6 weights, 1m/10m learning steps, no fuzz, so a schedule is a
// pure function of the history) and the learner's desired retention.
export function schedulerFor(desiredRetention: number): FSRS {
  let scheduler = schedulers.get(desiredRetention);
  if (!scheduler) {
    scheduler = fsrs({ request_retention: desiredRetention });
    schedulers.set(desiredRetention, scheduler);
  }
  return scheduler;
}

export function createNewCard(now: Date): TCard {
  return fromFsrsCard(createEmptyCard(now));
}

export function toFsrsCard(card: TCard): Card {
  return {
    state: STATE_VALUES[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

export function fromFsrsCard(card: Card): TCard {
  return {
    state: STATE_NAMES[card.state],
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
  };
}

function fromFsrsLog(log: ReviewLog, previousDue: Date): TReviewLogFields {
  return {
    rating: log.rating as TRating,
    state: STATE_NAMES[log.state],
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
    previousDue,
  };
}

/** One review: the card after it and the log that lets it be undone. */
export function scheduleReview(options: { card: TCard; rating: TRating; now: Date; desiredRetention: number }): { card: TCard; log: TReviewLogFields } {
  const { card, rating, now, desiredRetention } = options;
  const next = schedulerFor(desiredRetention).next(toFsrsCard(card), now, rating as Grade);
  return { card: fromFsrsCard(next.card), log: fromFsrsLog(next.log, card.due) };
}

/** The card as it was before the review `log` records: ts-fsrs' rollback, with the due date it
 * cannot know put back from the log. */
export function undoReview(options: { card: TCard; log: TReviewLogFields; desiredRetention: number }): TCard {
  const { card, log, desiredRetention } = options;
  const previous = schedulerFor(desiredRetention).rollback(toFsrsCard(card), {
    rating: log.rating,
    state: STATE_VALUES[log.state],
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: log.reviewedAt,
  });
  return { ...fromFsrsCard(previous), due: log.previousDue };
}

/** The probability of recalling the card at `now` (0 for a card never reviewed). */
export function retrievabilityOf(card: TCard, now: Date, desiredRetention: number): number {
  return schedulerFor(desiredRetention).get_retrievability(toFsrsCard(card), now, false);
}

/** When the card would be due after each rating, for the rating buttons. */
export function previewRatings(options: { card: TCard; now: Date; desiredRetention: number }): Record<TRating, Date> {
  const preview = schedulerFor(options.desiredRetention).repeat(toFsrsCard(options.card), options.now);
  return { 1: preview[1].card.due, 2: preview[2].card.due, 3: preview[3].card.due, 4: preview[4].card.due };
}
