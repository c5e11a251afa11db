import "server-only";
import { z } from "zod";
import type { TPage } from "@/lib/contracts/paging";
import type { TQuestionListQuery, TQuestionSummary } from "@/lib/contracts/questions";
import { db } from "@/lib/server/db";
import { decodeCursor, encodeCursor } from "@/lib/server/data/paging";

const ZAfter = z.tuple([z.string(), z.number().int()]);

/** Published questions of every bank (or one), by bank slug and number, a page at a time. The
 * title search runs here rather than in SQL, where case-insensitive matching differs between
 * SQLite and PostgreSQL; it reads the rest of the filtered list, a few thousand short rows at most. */
export async function listQuestions(options: { query: TQuestionListQuery }): Promise<TPage<TQuestionSummary>> {
  const { bank, tag, difficulty, q, cursor, limit } = options.query;
  const after = decodeCursor(cursor, ZAfter);
  const search = q?.toLowerCase();
  const rows = await db.question.findMany({
    where: {
      status: "published",
      publishedVersionId: { not: null },
      ...(bank ? { bank: { slug: bank } } : {}),
      ...(tag ? { tags: { some: { tag } } } : {}),
      ...(difficulty ? { difficulty } : {}),
      ...(after ? { OR: [{ bank: { slug: { gt: after[0] } } }, { bank: { slug: after[0] }, number: { gt: after[1] } }] } : {}),
    },
    orderBy: [{ bank: { slug: "asc" } }, { number: "asc" }],
    ...(search ? {} : { take: limit + 1 }),
    select: { id: true, number: true, slug: true, title: true, difficulty: true, bank: { select: { slug: true } }, tags: { select: { tag: true }, orderBy: { tag: "asc" } } },
  });
  const matching = search ? rows.filter((row) => row.title.toLowerCase().includes(search)) : rows;
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      bank: row.bank.slug,
      number: row.number,
      slug: row.slug,
      title: row.title,
      difficulty: row.difficulty,
      tags: row.tags.map((t) => t.tag),
      href: `/${row.bank.slug}/${row.number}`,
    })),
    nextCursor: matching.length > limit && last ? encodeCursor([last.bank.slug, last.number]) : null,
  };
}
