import "server-only";
import type { TTx } from "@/lib/db/create-client";
import { buildPredictItems } from "@/lib/quiz";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";

const PREDICT_GENERATORS = ["predict-output", "predict-time"];

// What a learner sees and is graded on; ids and explanations may differ between equal items.
const fingerprint = (item: TQuizItem) => JSON.stringify([item.kind, item.prompt, item.options, item.answer, item.program?.code ?? null]);

/** Versions are immutable, but what their programs print can change with a newer sandbox engine.
 * Each import re-runs the predict blocks of the given versions; an item whose program now prints
 * something else is retired (old attempts keep it) and replaced by a new item under the next key
 * (`predict-output-1@2`). Returns how many items were replaced. */
export async function refreshPredictionItems(options: { tx: TTx; versionIds: string[] }): Promise<number> {
  if (options.versionIds.length === 0) return 0;
  const stored = await options.tx.quizItem.findMany({
    where: { questionVersionId: { in: options.versionIds }, generator: { in: PREDICT_GENERATORS } },
    select: { id: true, key: true, retiredAt: true, payload: true, questionVersionId: true, questionId: true, questionVersion: { select: { bodyMarkdown: true } } },
  });
  const byVersion = new Map<string, typeof stored>();
  for (const row of stored) byVersion.set(row.questionVersionId, [...(byVersion.get(row.questionVersionId) ?? []), row]);
  let replaced = 0;
  for (const rows of byVersion.values()) {
    const first = rows[0];
    if (!first) continue;
    const fresh = buildPredictItems(first.questionVersion.bodyMarkdown, { seed: 1 }).items;
    for (const row of rows) {
      if (row.retiredAt) continue;
      const base = row.key.split("@")[0] as string;
      const current = ZQuizItem.safeParse(row.payload);
      const next = fresh.find((item) => item.id === base);
      if (current.success && next && fingerprint(current.data) === fingerprint(next)) continue;
      await options.tx.quizItem.update({ where: { id: row.id }, data: { retiredAt: new Date() } });
      // A program that no longer makes a fair item (it fails now) only loses its item.
      if (!next) continue;
      const generation = rows.filter((r) => r.key === base || r.key.startsWith(`${base}@`)).length + 1;
      await options.tx.quizItem.create({
        data: { questionVersionId: row.questionVersionId, questionId: row.questionId, key: `${base}@${generation}`, kind: next.kind, generator: next.generator, payload: next },
      });
      replaced += 1;
    }
  }
  return replaced;
}
