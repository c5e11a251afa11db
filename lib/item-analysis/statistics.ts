// Classical item analysis over stored attempts. Pure: the server passes in per-learner counts it
// aggregated in the database, never the attempts themselves.
//
// A learner may answer an item more than once (quizzes, reviews). Facility counts attempts; the
// discrimination figures count learners, each with their share of right answers on the item
// (0 or 1 when they answered once), against their share of right answers over the whole bank.

/** One learner's answers to one item, one question, or the whole bank. */
export type TLearnerCount = { learner: string; attempts: number; correct: number };

/** Kelley's upper and lower 27%. */
export const GROUP_FRACTION = 0.27;

export const scoreOf = (count: Pick<TLearnerCount, "attempts" | "correct">): number => (count.attempts === 0 ? 0 : count.correct / count.attempts);

/** The share of attempts that were right; null without attempts. */
export function facilityOf(counts: readonly TLearnerCount[]): number | null {
  const attempts = counts.reduce((sum, c) => sum + c.attempts, 0);
  return attempts === 0 ? null : counts.reduce((sum, c) => sum + c.correct, 0) / attempts;
}

export type TGroups = { upper: ReadonlySet<string>; lower: ReadonlySet<string>; size: number };

/** The learners with the best and the worst overall scores: round(27%) of them each (at least
 * one, never overlapping), ties broken by learner id so the split is the same every time. */
export function splitGroups(totals: readonly TLearnerCount[], fraction = GROUP_FRACTION): TGroups {
  const ranked = [...totals].filter((t) => t.attempts > 0).sort((a, b) => scoreOf(b) - scoreOf(a) || a.learner.localeCompare(b.learner));
  if (ranked.length < 2) return { upper: new Set(), lower: new Set(), size: 0 };
  const size = Math.min(Math.max(1, Math.round(ranked.length * fraction)), Math.floor(ranked.length / 2));
  return { upper: new Set(ranked.slice(0, size).map((t) => t.learner)), lower: new Set(ranked.slice(-size).map((t) => t.learner)), size };
}

/** D = (mean item score of the upper group) − (the lower group's), over the learners of each group
 * who answered the item; null when either group has none. */
export function discriminationOf(counts: readonly TLearnerCount[], groups: TGroups): number | null {
  const mean = (group: ReadonlySet<string>) => {
    const inGroup = counts.filter((c) => c.attempts > 0 && group.has(c.learner));
    return inGroup.length === 0 ? null : inGroup.reduce((sum, c) => sum + scoreOf(c), 0) / inGroup.length;
  };
  const upper = mean(groups.upper);
  const lower = mean(groups.lower);
  return upper === null || lower === null ? null : upper - lower;
}

/** The correlation between a learner's score on the item and their overall score, over the
 * learners who answered it: the point-biserial correlation when each answered once (Pearson's r
 * with a 0/1 variable). Null with fewer than two learners or when either score does not vary. */
export function pointBiserialOf(counts: readonly TLearnerCount[], totals: ReadonlyMap<string, number>): number | null {
  const pairs = counts.flatMap((c) => {
    const total = totals.get(c.learner);
    return c.attempts > 0 && total !== undefined ? [[scoreOf(c), total] as const] : [];
  });
  if (pairs.length < 2) return null;
  const meanX = pairs.reduce((s, [x]) => s + x, 0) / pairs.length;
  const meanY = pairs.reduce((s, [, y]) => s + y, 0) / pairs.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  }
  // Sums of squares of equal scores can come out a hair above zero.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Which options one learner picked on a choice item, over all their attempts. */
export type TOptionPicks = { learner: string; options: readonly number[] };

/** Per option: how many learners picked it at least once, overall and in each group. */
export function countOptionPicks(picks: readonly TOptionPicks[], optionCount: number, groups: TGroups): { learners: number; all: number[]; upper: number[]; lower: number[] } {
  const all = new Array<number>(optionCount).fill(0);
  const upper = new Array<number>(optionCount).fill(0);
  const lower = new Array<number>(optionCount).fill(0);
  for (const pick of picks) {
    for (const option of new Set(pick.options)) {
      if (option < 0 || option >= optionCount) continue;
      all[option] = (all[option] ?? 0) + 1;
      if (groups.upper.has(pick.learner)) upper[option] = (upper[option] ?? 0) + 1;
      if (groups.lower.has(pick.learner)) lower[option] = (lower[option] ?? 0) + 1;
    }
  }
  return { learners: new Set(picks.map((p) => p.learner)).size, all, upper, lower };
}
