import type { TCard } from "./schedule";

// As in Anki: a card scheduled in days is due for the whole learner-day its due date falls on;
// a card in its (re)learning steps (minutes) is due at its exact time, or up to 20 minutes early
// when the learner is reviewing anyway.
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export function isDueNow(card: Pick<TCard, "due" | "scheduledDays">, options: { now: Date; endOfToday: Date }): boolean {
  if (card.scheduledDays >= 1) return card.due < options.endOfToday;
  return card.due.getTime() <= options.now.getTime() + LEARN_AHEAD_MS;
}
