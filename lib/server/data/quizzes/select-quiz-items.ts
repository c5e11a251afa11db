import "server-only";

export type TCandidate = { id: string; questionId: string; attempts: number; correct: number };

// Unseen items first, then the weakest (lowest share answered correctly), ties broken by the
// seeded shuffle. Items from questions not yet used in this quiz come first, so a table-heavy
// answer cannot fill a whole quiz; an item is never picked twice.
export function selectQuizItems(candidates: TCandidate[], count: number, random: () => number): string[] {
  const scored = candidates.map((c) => ({ c, unseen: c.attempts === 0 ? 0 : 1, accuracy: c.attempts === 0 ? 0 : c.correct / c.attempts, tie: random() }));
  scored.sort((a, b) => a.unseen - b.unseen || a.accuracy - b.accuracy || a.tie - b.tie);
  const picked: string[] = [];
  const usedQuestions = new Set<string>();
  const deferred: string[] = [];
  for (const { c } of scored) {
    if (picked.length === count) break;
    if (usedQuestions.has(c.questionId)) {
      deferred.push(c.id);
      continue;
    }
    usedQuestions.add(c.questionId);
    picked.push(c.id);
  }
  for (const id of deferred) {
    if (picked.length === count) break;
    picked.push(id);
  }
  return picked;
}
