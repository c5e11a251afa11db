import { retrievabilityOf, type TCard } from "./schedule";

/** An item counts as known when recalling it today is more likely than not. */
export const KNOWN_AT = 0.5;

export type TMasteryGroup = { key: string; label: string; questionIds: readonly string[] };
/** `share`: the part of the studied items the learner is expected to recall today (their mean
 * FSRS retrievability; below the desired retention means the group has slipped behind schedule);
 * `known`: how many of them they would more likely recall than not;
 * `coverage`: the part of the group's live items they have studied at all. */
export type TMastery = { key: string; label: string; total: number; studied: number; known: number; share: number; coverage: number };

/** Per group (a bank, a tag): of its live items, how many the learner has studied and how much
 * of those they would recall today. A count of items above even odds alone barely moves for a
 * learner who keeps up (almost every reviewed card stays above 0.5 until long overdue), so the
 * share is the expected recall, which drops as soon as a group's items fall behind. Weakest first
 * (lowest share, then lowest coverage); groups not started at all come last. */
export function computeMastery(options: {
  cards: readonly (TCard & { questionId: string })[];
  itemsPerQuestion: ReadonlyMap<string, number>;
  groups: readonly TMasteryGroup[];
  now: Date;
  desiredRetention: number;
}): TMastery[] {
  const perQuestion = new Map<string, { studied: number; known: number; recall: number }>();
  for (const card of options.cards) {
    const entry = perQuestion.get(card.questionId) ?? { studied: 0, known: 0, recall: 0 };
    const retrievability = retrievabilityOf(card, options.now, options.desiredRetention);
    entry.studied += 1;
    entry.recall += retrievability;
    if (retrievability >= KNOWN_AT) entry.known += 1;
    perQuestion.set(card.questionId, entry);
  }
  const result = options.groups.map((group): TMastery => {
    let total = 0;
    let studied = 0;
    let known = 0;
    let recall = 0;
    for (const id of group.questionIds) {
      total += options.itemsPerQuestion.get(id) ?? 0;
      studied += perQuestion.get(id)?.studied ?? 0;
      known += perQuestion.get(id)?.known ?? 0;
      recall += perQuestion.get(id)?.recall ?? 0;
    }
    return { key: group.key, label: group.label, total, studied, known, share: studied === 0 ? 0 : recall / studied, coverage: total === 0 ? 0 : studied / total };
  });
  const started = (m: TMastery) => (m.studied > 0 ? 0 : 1);
  return result.filter((m) => m.total > 0).sort((a, b) => started(a) - started(b) || a.share - b.share || a.coverage - b.coverage || a.label.localeCompare(b.label));
}
