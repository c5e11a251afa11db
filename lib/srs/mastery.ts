import { retrievabilityOf, type TCard } from "./schedule";

/** An item counts as known when recalling it today is more likely than not. */
export const KNOWN_AT = 0.5;

export type TMasteryGroup = { key: string; label: string; questionIds: readonly string[] };
export type TMastery = { key: string; label: string; total: number; studied: number; known: number; share: number };

/** Per group (a bank, a tag): of its live items, how many the learner has studied and how many
 * they would most likely recall today. Weakest first, bigger groups first among equals. */
export function computeMastery(options: {
  cards: readonly (TCard & { questionId: string })[];
  itemsPerQuestion: ReadonlyMap<string, number>;
  groups: readonly TMasteryGroup[];
  now: Date;
  desiredRetention: number;
}): TMastery[] {
  const perQuestion = new Map<string, { studied: number; known: number }>();
  for (const card of options.cards) {
    const entry = perQuestion.get(card.questionId) ?? { studied: 0, known: 0 };
    entry.studied += 1;
    if (retrievabilityOf(card, options.now, options.desiredRetention) >= KNOWN_AT) entry.known += 1;
    perQuestion.set(card.questionId, entry);
  }
  const result = options.groups.map((group): TMastery => {
    let total = 0;
    let studied = 0;
    let known = 0;
    for (const id of group.questionIds) {
      total += options.itemsPerQuestion.get(id) ?? 0;
      studied += perQuestion.get(id)?.studied ?? 0;
      known += perQuestion.get(id)?.known ?? 0;
    }
    return { key: group.key, label: group.label, total, studied, known, share: total === 0 ? 0 : known / total };
  });
  return result.filter((m) => m.total > 0).sort((a, b) => a.share - b.share || b.total - a.total || a.label.localeCompare(b.label));
}
