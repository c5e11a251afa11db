import "server-only";
import { formatBankFile, formatQuestionFile, questionFileName } from "@/lib/content/format-question-file";
import { db } from "@/lib/server/db";

/** published: what learners see, the default (a bank moved to another server arrives as its
 * learners know it); newest: every question that is not archived, at its newest version, drafts
 * and never-published questions included. */
export type TExportVersions = "published" | "newest";
export type TBankFolderFile = { path: string; text: string };

const PAGE = 50;

/** The bank as the folder `content:import` reads: `bank.md`, then one file per question in number
 * order, paths relative to the bank's folder. Questions are read 50 at a time, so a large bank
 * streams. Archived questions are left out (they are out of the bank). No authorization here:
 * routes call openBankExport first; the CLI runs on the server itself. */
export async function* streamBankFolder(options: { bankSlug: string; versions: TExportVersions }): AsyncGenerator<TBankFolderFile> {
  const bank = await db.bank.findUniqueOrThrow({ where: { slug: options.bankSlug }, select: { id: true, slug: true, name: true, emoji: true, description: true, planned: true, intro: true } });
  yield { path: "bank.md", text: formatBankFile(bank) };
  let after = 0;
  for (;;) {
    const rows = await db.question.findMany({
      where: { bankId: bank.id, number: { gt: after }, ...(options.versions === "published" ? { status: "published" as const } : { status: { not: "archived" as const } }) },
      orderBy: { number: "asc" },
      take: PAGE,
      select: {
        number: true,
        slug: true,
        headVersion: true,
        publishedVersion: { select: { title: true, difficulty: true, tags: true, bodyMarkdown: true } },
        versions: options.versions === "newest" ? { orderBy: { version: "desc" }, take: 1, select: { title: true, difficulty: true, tags: true, bodyMarkdown: true } } : false,
      },
    });
    for (const row of rows) {
      const version = options.versions === "newest" ? row.versions[0] : row.publishedVersion;
      if (!version) continue;
      const file = { number: row.number, slug: row.slug, title: version.title, difficulty: version.difficulty, tags: version.tags.split(",").filter(Boolean), body: version.bodyMarkdown };
      yield { path: questionFileName(file), text: formatQuestionFile(file) };
    }
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.number;
  }
}
