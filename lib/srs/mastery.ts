import { retrievabilityOf, type TCard } from "./schedule";

/** An item counts as known when recalling it today is more likely than not. */
export const KNOWN_AT = 0.5;

export type TMasteryGroup = { key: string; label: string; questionIds: readonly string[] };
/** `share`: of the studied items, the part the learner would most likely recall today;
 * `coverage`: the part of the group's live items they have studied at all. */
export type TMastery = { key: string; label: string; total: number; studied: number; known: number; share: number; coverage: number };

/** Per group (a bank, a tag): of its live items, how many the learner has studied and how many
 * of those they would most likely recall today. Weakest first (lowest share, then lowest
 * coverage); groups not started at all come last. */
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
    return { key: group.key, label: group.label, total, studied, known, share: studied === 0 ? 0 : known / studied, coverage: total === 0 ? 0 : studied / total };
  });
  const started = (m: TMastery) => (m.studied > 0 ? 0 : 1);
  return result.filter((m) => m.total > 0).sort((a, b) => started(a) - started(b) || a.share - b.share || a.coverage - b.coverage || a.label.localeCompare(b.label));
}
