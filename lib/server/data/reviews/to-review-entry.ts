import "server-only";
import type { TReviewEntry } from "@/lib/contracts/review";
import { buildHint } from "@/lib/quiz";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { createNewCard, previewRatings, type TCard, type TCardState } from "@/lib/srs/schedule";

export type TEntrySource = {
  ref: string;
  state: TCardState;
  /** the card as stored, or null for a new item (its card does not exist yet) */
  card: TCard | null;
  payload: unknown;
  question: { number: number; title: string; bank: { slug: string; name: string; emoji: string } };
};

/** What the learner sees of a queued item: never its answer. */
export function toReviewEntry(source: TEntrySource, clock: { now: Date; desiredRetention: number }): TReviewEntry | null {
  const parsed = ZQuizItem.safeParse(source.payload);
  if (!parsed.success) return null;
  const item = parsed.data;
  return {
    ref: source.ref,
    isNew: source.ref.startsWith("new:"),
    state: source.state,
    kind: item.kind,
    prompt: item.prompt,
    options: item.options,
    items: item.items ?? null,
    code: item.program?.code ?? null,
    hintable: buildHint(item, source.ref) !== null,
    previews: item.kind === "recall" ? previewsOf(source.card ?? createNewCard(clock.now), clock) : null,
    question: { number: source.question.number, title: source.question.title, href: `/${source.question.bank.slug}/${source.question.number}`, bank: source.question.bank },
  };
}

function previewsOf(card: TCard, clock: { now: Date; desiredRetention: number }): NonNullable<TReviewEntry["previews"]> {
  const due = previewRatings({ card, now: clock.now, desiredRetention: clock.desiredRetention });
  return { again: due[1].toISOString(), hard: due[2].toISOString(), good: due[3].toISOString(), easy: due[4].toISOString() };
}
