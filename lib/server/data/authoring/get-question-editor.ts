import "server-only";
import type { TEditorState } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { readVersionContent } from "./read-version-content";
import { toVersionRow, VERSION_ROW_SELECT } from "./to-version-row";

/** Everything the editor opens with: the newest version (draft or published), the history, and
 * the bank's tags for autocomplete. Archived and unpublished questions included. */
export async function getQuestionEditor(options: { actor: TActor | null; bankSlug: string; number: number }): Promise<TEditorState> {
  requireAuthor(options.actor);
  const bank = await db.bank.findUnique({ where: { slug: options.bankSlug }, select: { id: true, slug: true, name: true, emoji: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.bankSlug}".`);
  const question = await db.question.findUnique({
    where: { bankId_number: { bankId: bank.id, number: options.number } },
    select: {
      id: true,
      number: true,
      slug: true,
      status: true,
      headVersion: true,
      sourcePath: true,
      publishedVersionId: true,
      publishedVersion: { select: { version: true } },
      versions: { orderBy: { version: "desc" }, select: VERSION_ROW_SELECT },
    },
  });
  if (!question) throw new AppError("NOT_FOUND", `${bank.name} has no question ${options.number}.`);
  const [head, tags, last] = await Promise.all([
    readVersionContent({ db, questionId: question.id, version: question.headVersion }),
    db.questionTag.findMany({ where: { question: { bankId: bank.id } }, distinct: ["tag"], orderBy: { tag: "asc" }, select: { tag: true } }),
    db.question.aggregate({ where: { bankId: bank.id }, _max: { number: true } }),
  ]);
  return {
    question: {
      id: question.id,
      number: question.number,
      slug: question.slug,
      status: question.status,
      publishedVersion: question.publishedVersion?.version ?? null,
      headVersion: question.headVersion,
      fromFile: question.sourcePath,
    },
    bank: { slug: bank.slug, name: bank.name, emoji: bank.emoji, tags: tags.map((t) => t.tag), maxNumber: last._max.number ?? question.number },
    head: { ...head, version: question.headVersion },
    versions: question.versions.map((row) => toVersionRow(row, question.publishedVersionId)),
  };
}
