import "server-only";
import { buildVersionItems } from "@/lib/quiz/build-version-items";
import type { TDb } from "@/lib/db/create-client";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

// Creates the quiz items of each given version that has none yet. Versions are immutable, so
// items are written once per version and never regenerated in place.
export async function ensureVersionItems(options: { tx: TTx; versionIds: string[] }): Promise<number> {
  if (options.versionIds.length === 0) return 0;
  const versions = await options.tx.questionVersion.findMany({
    where: { id: { in: options.versionIds }, quizItems: { none: {} } },
    select: { id: true, questionId: true, title: true, bodyMarkdown: true },
  });
  let created = 0;
  for (const version of versions) {
    const items = buildVersionItems(version);
    const result = await options.tx.quizItem.createMany({
      data: items.map((item) => ({
        questionVersionId: version.id,
        questionId: version.questionId,
        key: item.id,
        kind: item.kind,
        generator: item.generator,
        payload: item,
      })),
    });
    created += result.count;
  }
  return created;
}
