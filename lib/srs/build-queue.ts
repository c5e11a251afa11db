export type TQueueEntry = { ref: string; questionId: string; bank: string; due: Date | null };

/** Today's order: due items by due date with the new ones spread evenly among them, then
 * interleaved so no two neighbours come from the same question, and banks alternate where they
 * can. Interleaving is the point: retrieval between topics beats a block of one topic. */
export function buildQueue(due: readonly TQueueEntry[], fresh: readonly TQueueEntry[]): TQueueEntry[] {
  const byDue = [...due].sort((a, b) => (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0));
  const merged: TQueueEntry[] = [];
  const gap = (byDue.length + 1) / (fresh.length + 1);
  let nextFresh = 0;
  for (let i = 0; i <= byDue.length; i++) {
    while (nextFresh < fresh.length && Math.round((nextFresh + 1) * gap) <= i + 1) merged.push(fresh[nextFresh++]!);
    if (i < byDue.length) merged.push(byDue[i]!);
  }
  while (nextFresh < fresh.length) merged.push(fresh[nextFresh++]!);

  const result: TQueueEntry[] = [];
  const remaining = merged;
  while (remaining.length > 0) {
    const last = result.at(-1);
    let pick = 0;
    // A question holding more than half of what is left must go now, or its items end up side
    // by side at the end.
    const counts = new Map<string, number>();
    for (const e of remaining) counts.set(e.questionId, (counts.get(e.questionId) ?? 0) + 1);
    const crowded = [...counts].find(([questionId, n]) => n * 2 > remaining.length && questionId !== last?.questionId)?.[0];
    if (crowded !== undefined) {
      pick = remaining.findIndex((e) => e.questionId === crowded);
    } else if (last) {
      const otherBank = remaining.findIndex((e) => e.questionId !== last.questionId && e.bank !== last.bank);
      const otherQuestion = remaining.findIndex((e) => e.questionId !== last.questionId);
      // Another bank only when it is near the front, so alternating never starves the oldest due.
      pick = otherBank >= 0 && otherBank < 5 ? otherBank : Math.max(otherQuestion, 0);
    }
    result.push(remaining.splice(pick, 1)[0]!);
  }
  return result;
}
