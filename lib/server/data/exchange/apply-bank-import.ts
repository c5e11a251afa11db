import "server-only";
import { forgetPublishedStructure } from "@/lib/server/data/progress/read-published-structure";
import { hashQuestion } from "@/lib/content/hash-question";
import type { TFileQuestion } from "@/lib/content/plan-import";
import type { TBankImportResult } from "@/lib/contracts/exchange";
import { AppError } from "@/lib/errors";
import { db, type TTx } from "@/lib/server/db";
import { appendQuestionVersion } from "@/lib/server/data/authoring/append-question-version";
import { markVersionPublished } from "@/lib/server/data/authoring/mark-version-published";
import { renumberQuestions } from "@/lib/server/data/authoring/renumber-questions";
import { refreshRunnableFences } from "@/lib/server/data/questions/refresh-runnable-fences";
import { ensureVersionItems } from "@/lib/server/data/quiz-items/ensure-version-items";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { planBankImport, type TImportTarget } from "./plan-bank-import";
import { readBankUpload } from "./read-bank-upload";

const changedMeanwhile = () => new AppError("CONFLICT", "The bank changed since the preview (someone saved, published, moved or imported). Nothing was written: preview the zip again.");

/** Writes what the preview with this token showed, in one transaction: the plan is made again
 * inside it and must have the same token (same zip, same rows), else nothing is written. Every
 * change is an author's action: new versions carry the author, and the import of content/ sees
 * the questions as edited in the browser. */
export async function applyBankImport(options: { actor: TActor | null; input: TImportTarget & { bytes: Uint8Array; token: string } }): Promise<TBankImportResult> {
  const actor = requireAuthor(options.actor);
  const { input } = options;
  const upload = await readBankUpload(input.bytes);
  try {
    return await db.$transaction(
      async (tx) => {
        const { bank, stored, plan, token } = await planBankImport({ db: tx, upload, target: input });
        if (token !== input.token) throw changedMeanwhile();
        const fields = { name: upload.read.bank.name, emoji: upload.read.bank.emoji, description: upload.read.bank.description, intro: upload.read.bank.intro, planned: upload.read.bank.planned ?? 0 };
        const bankId = bank ? bank.id : (await tx.bank.create({ data: { slug: upload.read.bank.slug, ...fields }, select: { id: true } })).id;
        if (bank && (Object.keys(fields) as (keyof typeof fields)[]).some((key) => bank[key] !== fields[key])) await tx.bank.update({ where: { id: bank.id }, data: fields });

        const note = (file: TFileQuestion) => `Imported from an uploaded zip: ${file.path}`.slice(0, 200);
        const touched: string[] = [];
        const published: string[] = [];
        // Slugs may swap like numbers: every renamed question parks on a slug no file can have.
        for (const update of plan.updates) if (update.renameFrom !== null) await tx.question.update({ where: { id: update.id }, data: { slug: `~${update.id}` } });
        await renumberQuestions({ tx, bankId, moves: plan.updates.flatMap((u) => (u.moveFrom !== null ? [{ id: u.id, from: u.moveFrom, to: u.file.number }] : [])) });
        for (const update of plan.updates) {
          const question = stored.find((q) => q.id === update.id);
          if (!question) throw changedMeanwhile();
          let versionId: string | null = null;
          if (update.newVersion) {
            const created = await appendQuestionVersion({ tx, questionId: question.id, baseVersion: question.headVersion, content: contentOf(update.file), authorId: actor.id, note: note(update.file), basedOn: question.headVersion || null, countsAsEdit: false });
            versionId = created.id;
          } else if (update.unarchive) {
            versionId = await versionSaying(tx, question.id, update.file, question.publishedVersionId);
          }
          await tx.question.update({ where: { id: question.id }, data: { slug: update.file.slug, editCount: { increment: 1 } } });
          if (versionId) {
            await markVersionPublished({ tx, questionId: question.id, versionId });
            published.push(versionId);
          }
          touched.push(question.id);
        }
        for (const file of plan.creates) {
          const question = await tx.question.create({ data: { bankId, number: file.number, slug: file.slug, title: file.title, difficulty: file.difficulty, status: "draft" }, select: { id: true } });
          const version = await appendQuestionVersion({ tx, questionId: question.id, baseVersion: 0, content: contentOf(file), authorId: actor.id, note: note(file), basedOn: null, countsAsEdit: true });
          await markVersionPublished({ tx, questionId: question.id, versionId: version.id });
          published.push(version.id);
        }
        for (const id of plan.archives) {
          await tx.question.update({ where: { id }, data: { status: "archived", editCount: { increment: 1 } } });
          touched.push(id);
        }
        await ensureVersionItems({ tx, versionIds: published, run: upload.run });
        await refreshRunnableFences({ tx, versionIds: published, runFence: upload.runFence });
        await relinkReviewCards({ tx, questionIds: touched });
        return {
          bank: upload.read.bank.slug,
          href: `/author/${upload.read.bank.slug}`,
          created: plan.creates.length,
          updated: plan.updates.length,
          archived: plan.archives.length,
          unchanged: plan.unchanged,
          skipped: plan.errors.length + upload.read.errors.length + upload.zip.problems.length,
        };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    // Two writers at once: a unique number, slug or bank taken between the plan and the write.
    if ((error as { code?: string }).code === "P2002") throw changedMeanwhile();
    throw error;
  } finally {
    forgetPublishedStructure();
  }
}

const contentOf = (file: TFileQuestion) => ({ title: file.title, difficulty: file.difficulty, tags: file.tags, bodyMarkdown: file.body });

// An archived question coming back unchanged: the version whose text is the file's (its
// published one, or its newest draft).
async function versionSaying(tx: TTx, questionId: string, file: TFileQuestion, publishedVersionId: string | null): Promise<string> {
  const hash = hashQuestion(file);
  const rows = await tx.questionVersion.findMany({ where: { questionId, contentHash: hash }, orderBy: { version: "desc" }, select: { id: true } });
  const chosen = rows.find((row) => row.id === publishedVersionId) ?? rows[0];
  if (!chosen) throw changedMeanwhile();
  return chosen.id;
}
