import "server-only";
import type { TExportQuestion } from "@/lib/exchange/export-question";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";

const PAGE = 50;

/** A bank's published questions in number order, each with its published version and the items
 * learners are offered (retired ones left out), read 50 questions at a time for the item exports.
 * No authorization here: routes call openBankExport first. */
export async function* streamExportQuestions(options: { bankSlug: string }): AsyncGenerator<TExportQuestion> {
  let after = 0;
  for (;;) {
    const rows = await db.question.findMany({
      where: { bank: { slug: options.bankSlug }, status: "published", number: { gt: after }, publishedVersionId: { not: null } },
      orderBy: { number: "asc" },
      take: PAGE,
      select: {
        number: true,
        slug: true,
        publishedVersion: {
          select: { version: true, title: true, difficulty: true, tags: true, bodyMarkdown: true, quizItems: { where: { retiredAt: null }, orderBy: [{ createdAt: "asc" }, { key: "asc" }], select: { key: true, payload: true } } },
        },
      },
    });
    for (const row of rows) {
      const version = row.publishedVersion;
      if (!version) continue;
      const items = version.quizItems.flatMap((item): TQuizItem[] => {
        const parsed = ZQuizItem.safeParse(item.payload);
        return parsed.success ? [parsed.data] : [];
      });
      yield { number: row.number, slug: row.slug, title: version.title, difficulty: version.difficulty, tags: version.tags.split(",").filter(Boolean), version: version.version, bodyMarkdown: version.bodyMarkdown, items };
    }
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.number;
  }
}
