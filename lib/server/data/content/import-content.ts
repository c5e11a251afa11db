import "server-only";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { hashQuestion } from "@/lib/content/hash-question";
import { findRunnableFences } from "@/lib/content/run-fence";
import { isQuestionFileName, readBank, type TFileError, type TReadBankResult } from "@/lib/content/read-bank";
import { db, type TTx } from "@/lib/server/db";
import { refreshRunnableFences } from "@/lib/server/data/questions/refresh-runnable-fences";
import { ensureVersionItems } from "@/lib/server/data/quiz-items/ensure-version-items";
import { refreshPredictionItems } from "@/lib/server/data/quiz-items/refresh-prediction-items";
import { relinkReviewCards } from "@/lib/server/data/reviews/relink-review-cards";

export type TImportSummary = {
  banks: { slug: string; created: number; updated: number; unchanged: number; archived: number }[];
  errors: TFileError[];
};


export async function importContent(options: { dir: string }): Promise<TImportSummary> {
  const summary: TImportSummary = { banks: [], errors: [] };
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
    // Every python fence runs once here, outside the bank's transaction (the runs are remembered
    // by code), so the transaction only writes.
    for (const q of read.questions) findRunnableFences(q.body);
    const failedNumbers = new Set(files.map((name) => Number.parseInt(name, 10)));
    for (const q of read.questions) failedNumbers.delete(q.number);
    summary.banks.push(await writeBank(read, failedNumbers, summary.errors));
  }
  return summary;
}

// One transaction per bank: a crash or a constraint failure leaves the bank as it was.
async function writeBank(read: TReadBankResult, keepNumbers: Set<number>, errors: TFileError[]) {
  const bank = read.bank!;
  const counts = { slug: bank.slug, created: 0, updated: 0, unchanged: 0, archived: 0 };
  await db.$transaction(
    async (tx) => {
      const row = await tx.bank.upsert({
        where: { slug: bank.slug },
        create: { slug: bank.slug, name: bank.name, emoji: bank.emoji, description: bank.description, intro: bank.intro, planned: bank.planned ?? 0 },
        update: { name: bank.name, emoji: bank.emoji, description: bank.description, intro: bank.intro, planned: bank.planned ?? 0 },
        select: { id: true },
      });
      const existing = await tx.question.findMany({
        where: { bankId: row.id },
        select: { id: true, number: true, slug: true, status: true, sourcePath: true, publishedVersion: { select: { contentHash: true } } },
      });
      const byNumber = new Map(existing.map((q) => [q.number, q]));
      const questions = await settleSlugClaims(tx, read.questions, existing, keepNumbers, errors);
      // Slugs are unique per bank; renumbered or renamed files could collide mid-import, so
      // every question being written gets a temporary slug first.
      const touched = questions.filter((q) => byNumber.get(q.number)?.publishedVersion?.contentHash !== hashQuestion(q) || byNumber.get(q.number)?.slug !== q.slug);
      for (const q of touched) {
        const current = byNumber.get(q.number);
        if (current) await tx.question.update({ where: { id: current.id }, data: { slug: `~${current.id}` } });
      }
      // Questions whose published version or status changes here: their learners' cards relink.
      const moved: string[] = [];
      for (const q of questions) {
        const current = byNumber.get(q.number);
        const hash = hashQuestion(q);
        if (current && current.publishedVersion?.contentHash === hash && current.slug === q.slug && current.status === "published") {
          counts.unchanged++;
          continue;
        }
        if (current) {
          const changed = current.publishedVersion?.contentHash !== hash;
          await writeQuestion(tx, row.id, q, hash, current.id, changed);
          moved.push(current.id);
          counts.updated++;
        } else {
          await writeQuestion(tx, row.id, q, hash, null, true);
          counts.created++;
        }
      }
      const published = await tx.question.findMany({ where: { bankId: row.id, status: "published" }, select: { publishedVersionId: true } });
      const versionIds = published.flatMap((q) => (q.publishedVersionId ? [q.publishedVersionId] : []));
      // Items just made are already the current engine's; only older versions need a re-run.
      const fresh = new Set(await ensureVersionItems({ tx, versionIds }));
      await refreshPredictionItems({ tx, versionIds: versionIds.filter((id) => !fresh.has(id)) });
      await refreshRunnableFences({ tx, versionIds });
      const present = new Set(questions.map((q) => q.number));
      for (const q of existing) {
        if (present.has(q.number) || keepNumbers.has(q.number) || q.status !== "published" || !q.sourcePath) continue;
        await tx.question.update({ where: { id: q.id }, data: { status: "archived" } });
        moved.push(q.id);
        counts.archived++;
      }
      // A retired prediction item needs no relink: queues skip cards whose item is retired.
      await relinkReviewCards({ tx, questionIds: moved });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return counts;
}

type TExisting = { id: string; number: number; slug: string; status: string; sourcePath: string | null };

// Slugs are unique per bank, and a new file may want the slug of a question that is not in the
// folder any more. An archived question (or one this import archives) gives its slug up; a
// question that stays (its file failed to parse, or it was not imported from a file) keeps it,
// and the new file is reported like any other content error and skipped.
async function settleSlugClaims(
  tx: TTx,
  questions: TReadBankResult["questions"],
  existing: TExisting[],
  keepNumbers: Set<number>,
  errors: TFileError[],
): Promise<TReadBankResult["questions"]> {
  const present = new Set(questions.map((q) => q.number));
  const skipped = new Set<number>();
  for (const holder of existing) {
    const claimant = questions.find((q) => q.slug === holder.slug && q.number !== holder.number);
    if (!claimant || present.has(holder.number)) continue;
    const staysPublished = holder.status === "published" && (keepNumbers.has(holder.number) || !holder.sourcePath);
    if (staysPublished) {
      errors.push({ path: claimant.path, line: 1, message: `slug "${claimant.slug}" is taken by question ${holder.number}, which stays in the bank; pick another slug` });
      skipped.add(claimant.number);
    } else {
      await tx.question.update({ where: { id: holder.id }, data: { slug: `${holder.slug}~${holder.id}` } });
    }
  }
  // A skipped file keeps its number's current question as it is, like a file that failed to parse.
  for (const number of skipped) keepNumbers.add(number);
  return questions.filter((q) => !skipped.has(q.number));
}

async function writeQuestion(
  tx: TTx,
  bankId: string,
  q: TReadBankResult["questions"][number],
  hash: string,
  existingId: string | null,
  newVersion: boolean,
): Promise<void> {
  const fields = { number: q.number, slug: q.slug, title: q.title, difficulty: q.difficulty, status: "published" as const, sourcePath: q.path };
  const question = existingId
    ? await tx.question.update({ where: { id: existingId }, data: fields, select: { id: true } })
    : await tx.question.create({ data: { bankId, ...fields }, select: { id: true } });
  await tx.questionTag.deleteMany({ where: { questionId: question.id } });
  if (q.tags.length > 0) await tx.questionTag.createMany({ data: [...new Set(q.tags)].map((tag) => ({ questionId: question.id, tag })) });
  if (!newVersion) return;
  const last = await tx.questionVersion.findFirst({ where: { questionId: question.id }, orderBy: { version: "desc" }, select: { version: true } });
  const version = await tx.questionVersion.create({
    data: {
      questionId: question.id,
      version: (last?.version ?? 0) + 1,
      title: q.title,
      difficulty: q.difficulty,
      tags: q.tags.join(","),
      bodyMarkdown: q.body,
      contentHash: hash,
      note: existingId ? `Imported from ${q.path}` : `Created from ${q.path}`,
    },
    select: { id: true },
  });
  await tx.question.update({ where: { id: question.id }, data: { publishedVersionId: version.id } });
}
