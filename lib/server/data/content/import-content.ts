import "server-only";
import { forgetPublishedStructure } from "@/lib/server/data/progress/read-published-structure";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { hashQuestion } from "@/lib/content/hash-question";
import { findRunnableFences } from "@/lib/content/runnable-fences";
import { fingerprintQuestionFile, planImport, type TImportConflict, type TImportPlan, type TStoredQuestion } from "@/lib/content/plan-import";
import type { TFileError } from "@/lib/content/front-matter";
import { isQuestionFileName } from "@/lib/content/parse-question-file";
import { readBank, type TReadBankResult } from "@/lib/questions/read-bank";
import { db, type TTx } from "@/lib/server/db";
import { appendQuestionVersion } from "@/lib/server/data/authoring/append-question-version";
import { markVersionPublished } from "@/lib/server/data/authoring/mark-version-published";
import { refreshRunnableFences } from "@/lib/server/data/questions/refresh-runnable-fences";
import { ensureVersionItems } from "@/lib/server/data/quiz-items/ensure-version-items";
import { refreshPredictionItems } from "@/lib/server/data/quiz-items/refresh-prediction-items";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";

export type TImportSummary = {
  banks: { slug: string; created: number; updated: number; unchanged: number; archived: number; conflicts: number }[];
  errors: TFileError[];
  conflicts: TImportConflict[];
};

/** Loads every bank folder under `dir`. The database is the source of truth once a question
 * exists: see planImport (lib/content/plan-import.ts) and content/README.md for when a file is
 * applied. `preferFile` applies changed files even over browser edits, as new versions. */
export async function importContent(options: { dir: string; preferFile?: boolean }): Promise<TImportSummary> {
  const summary: TImportSummary = { banks: [], errors: [], conflicts: [] };
  const folders = readdirSync(options.dir).filter((name) => existsSync(join(options.dir, name, "bank.md")) && statSync(join(options.dir, name)).isDirectory());
  for (const folder of folders.sort()) {
    const base = join(options.dir, folder);
    const rel = (name: string) => relative(process.cwd(), join(base, name));
    const files = readdirSync(base).filter(isQuestionFileName);
    const read = readBank(
      { path: rel("bank.md"), text: readFileSync(join(base, "bank.md"), "utf8") },
      files.map((name) => ({ path: rel(name), text: readFileSync(join(base, name), "utf8") })),
    );
    summary.errors.push(...read.errors);
    if (!read.bank) continue;
    // Every python fence of the files runs once here, outside the bank's transaction (runs are
    // remembered by code), so the transaction mostly writes.
    for (const q of read.questions) findRunnableFences(q.body);
    const parsed = new Set(read.questions.map((q) => q.path));
    const brokenPaths = files.map(rel).filter((path) => !parsed.has(path));
    const result = await writeBank(read, brokenPaths, options.preferFile ?? false, relative(process.cwd(), base));
    summary.errors.push(...result.errors);
    summary.conflicts.push(...result.conflicts);
    summary.banks.push(result.counts);
  }
  forgetPublishedStructure();
  return summary;
}

// One transaction per bank: a crash or a constraint failure leaves the bank as it was.
async function writeBank(read: TReadBankResult, brokenPaths: string[], preferFile: boolean, folder: string) {
  const bank = read.bank!;
  let plan: TImportPlan | null = null;
  await db.$transaction(
    async (tx) => {
      const row = await writeBankFields(tx, bank);
      const stored = await tx.question.findMany({
        where: { bankId: row.id },
        select: {
          id: true,
          number: true,
          slug: true,
          title: true,
          status: true,
          sourcePath: true,
          importedHash: true,
          importedNumber: true,
          editCount: true,
          importedEditCount: true,
          publishedVersion: { select: { contentHash: true } },
          versions: { orderBy: { version: "desc" }, take: 1, select: { contentHash: true } },
        },
      });
      plan = planImport({
        files: read.questions,
        stored: stored.map(({ publishedVersion, versions, ...q }): TStoredQuestion => ({ ...q, publishedHash: publishedVersion?.contentHash ?? null, headHash: versions[0]?.contentHash ?? null })),
        brokenPaths,
        preferFile,
        folder,
      });
      await executePlan(tx, row.id, plan);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const done = plan as TImportPlan | null;
  if (!done) throw new Error("the import transaction ended without a plan");
  return {
    counts: { slug: bank.slug, created: done.creates.length, updated: done.applies.length, unchanged: done.unchanged + done.adopts.length, archived: done.archives.length, conflicts: done.conflicts.length },
    errors: done.errors,
    conflicts: done.conflicts,
  };
}

// The bank row takes bank.md's fields; an unchanged bank.md writes nothing (not even updatedAt).
export async function writeBankFields(tx: TTx, bank: NonNullable<TReadBankResult["bank"]>): Promise<{ id: string }> {
  const fields = { name: bank.name, emoji: bank.emoji, description: bank.description, intro: bank.intro, planned: bank.planned ?? 0 };
  const row = await tx.bank.findUnique({ where: { slug: bank.slug }, select: { id: true, name: true, emoji: true, description: true, intro: true, planned: true } });
  if (!row) return tx.bank.create({ data: { slug: bank.slug, ...fields }, select: { id: true } });
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => row[key] !== fields[key]);
  if (changed) await tx.bank.update({ where: { id: row.id }, data: fields });
  return { id: row.id };
}

// Numbers and slugs are unique per bank and files may swap them, so every question the plan
// writes first parks on a number and slug no file can have, then takes its own.
const PARKED_NUMBER = 1_000_000;

async function executePlan(tx: TTx, bankId: string, plan: TImportPlan): Promise<void> {
  for (const id of plan.releaseSlugs) {
    const q = await tx.question.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    await tx.question.update({ where: { id }, data: { slug: `${q.slug}~${id}` } });
  }
  for (const [i, apply] of plan.applies.entries()) await tx.question.update({ where: { id: apply.id }, data: { number: PARKED_NUMBER + i, slug: `~${apply.id}` } });

  // Questions whose published version or status changes here: their learners' cards relink.
  const moved: string[] = [];
  for (const apply of plan.applies) {
    await applyFile(tx, apply);
    moved.push(apply.id);
  }
  for (const file of plan.creates) {
    const question = await tx.question.create({
      data: { bankId, number: file.number, slug: file.slug, title: file.title, difficulty: file.difficulty, status: "draft", sourcePath: file.path, importedHash: fingerprintQuestionFile(file), importedNumber: file.number },
      select: { id: true },
    });
    const version = await appendQuestionVersion({ tx, questionId: question.id, baseVersion: 0, content: contentOf(file), authorId: null, note: `Created from ${file.path}`, basedOn: null, countsAsEdit: false });
    await markVersionPublished({ tx, questionId: question.id, versionId: version.id });
  }
  for (const adopt of plan.adopts) {
    const data = { importedHash: fingerprintQuestionFile(adopt.file), importedNumber: adopt.file.number, sourcePath: adopt.file.path };
    const caughtUp = adopt.catchesUp ? { importedEditCount: (await tx.question.findUniqueOrThrow({ where: { id: adopt.id }, select: { editCount: true } })).editCount } : {};
    await tx.question.update({ where: { id: adopt.id }, data: { ...data, ...caughtUp } });
  }
  for (const id of plan.archives) {
    await tx.question.update({ where: { id }, data: { status: "archived" } });
    moved.push(id);
  }

  const published = await tx.question.findMany({ where: { bankId, status: "published" }, select: { publishedVersionId: true } });
  const versionIds = published.flatMap((q) => (q.publishedVersionId ? [q.publishedVersionId] : []));
  // Items just made are already the current engine's; only older versions need a re-run.
  const fresh = new Set(await ensureVersionItems({ tx, versionIds }));
  await refreshPredictionItems({ tx, versionIds: versionIds.filter((id) => !fresh.has(id)) });
  await refreshRunnableFences({ tx, versionIds });
  // A retired prediction item needs no relink: queues skip cards whose item is retired.
  await relinkReviewCards({ tx, questionIds: moved });
}

const contentOf = (file: TImportPlan["creates"][number]) => ({ title: file.title, difficulty: file.difficulty, tags: file.tags, bodyMarkdown: file.body });

// The file becomes what learners see: a new version when its content differs from the newest
// one (browser drafts stay in the history below it), else the newest version is published.
async function applyFile(tx: TTx, apply: TImportPlan["applies"][number]): Promise<void> {
  const { file } = apply;
  const question = await tx.question.findUniqueOrThrow({ where: { id: apply.id }, select: { headVersion: true, editCount: true } });
  const head = await tx.questionVersion.findUnique({ where: { questionId_version: { questionId: apply.id, version: question.headVersion } }, select: { id: true, contentHash: true } });
  const content = contentOf(file);
  let versionId = head?.id ?? null;
  if (!head || head.contentHash !== hashQuestion({ ...content, body: content.bodyMarkdown })) {
    const note = apply.overBrowserEdits ? `Imported from ${file.path} over browser edits (--prefer-file)` : `Imported from ${file.path}`;
    versionId = (await appendQuestionVersion({ tx, questionId: apply.id, baseVersion: question.headVersion, content, authorId: null, note, basedOn: question.headVersion || null, countsAsEdit: false })).id;
  }
  await tx.question.update({
    where: { id: apply.id },
    data: { number: apply.number, slug: file.slug, sourcePath: file.path, importedHash: fingerprintQuestionFile(file), importedNumber: file.number, importedEditCount: question.editCount },
  });
  await markVersionPublished({ tx, questionId: apply.id, versionId: versionId as string });
}
