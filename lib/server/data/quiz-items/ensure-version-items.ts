import "server-only";
import { buildVersionItems, type TProgramRun } from "@/lib/quiz";
import type { TTx } from "@/lib/db/create-client";
import { cardKeyOf } from "@/lib/srs/card-key";

// Creates the quiz items of each given version that has none yet. Versions are immutable, so
// items are written once per version and never regenerated in place. Returns the versions it
// wrote items for. `run` answers predict blocks from runs already made in the sandbox threads.
// An item whose content key an author retired (ItemRetirement) is made retired: a new version,
// a re-import or an upload never brings it back.
export async function ensureVersionItems(options: { tx: TTx; versionIds: string[]; run?: (code: string) => TProgramRun }): Promise<string[]> {
  if (options.versionIds.length === 0) return [];
  const versions = await options.tx.questionVersion.findMany({
    where: { id: { in: options.versionIds }, quizItems: { none: {} } },
    select: { id: true, questionId: true, title: true, bodyMarkdown: true },
  });
  const retirements = await options.tx.itemRetirement.findMany({ where: { questionId: { in: versions.map((v) => v.questionId) } }, select: { questionId: true, itemKey: true } });
  const retired = new Set(retirements.map((r) => `${r.questionId} ${r.itemKey}`));
  const now = new Date();
  for (const version of versions) {
    const items = buildVersionItems(version, options.run ? { run: options.run } : {});
    await options.tx.quizItem.createMany({
      data: items.map((item) => ({
        questionVersionId: version.id,
        questionId: version.questionId,
        key: item.id,
        kind: item.kind,
        generator: item.generator,
        payload: item,
        ...(retired.has(`${version.questionId} ${cardKeyOf(item)}`) ? { retiredAt: now, retiredByAuthor: true } : {}),
      })),
    });
  }
  return versions.map((version) => version.id);
}
