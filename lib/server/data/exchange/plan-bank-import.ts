import "server-only";
import { createHash } from "node:crypto";
import { planUpload, type TUploadPlan } from "@/lib/content/plan-upload";
import { AppError } from "@/lib/errors";
import type { TDbOrTx } from "@/lib/server/db";
import type { TBankUpload } from "./read-bank-upload";

export const BANK_ROW_SELECT = { id: true, slug: true, name: true, emoji: true, description: true, intro: true, planned: true } as const;
const QUESTION_SELECT = {
  id: true,
  number: true,
  slug: true,
  title: true,
  status: true,
  headVersion: true,
  publishedVersionId: true,
  publishedVersion: { select: { contentHash: true } },
  versions: { orderBy: { version: "desc" as const }, take: 1, select: { contentHash: true } },
} as const;

export type TImportTarget = { into: string | null };

/** Everything the preview shows and Apply writes, read from the database (or inside Apply's
 * transaction) and planned; `token` names the zip and every row the plan depends on. */
export async function planBankImport(options: { db: TDbOrTx; upload: TBankUpload; target: TImportTarget }) {
  const { upload, target } = options;
  const slug = upload.read.bank.slug;
  if (target.into !== null && target.into !== slug) {
    throw new AppError("VALIDATION", `This zip holds the bank "${slug}", not "${target.into}": import it from that bank's page, or as a new bank.`);
  }
  const bank = await options.db.bank.findUnique({ where: { slug }, select: BANK_ROW_SELECT });
  if (target.into === null && bank) {
    throw new AppError("CONFLICT", `A bank called "${slug}" already exists. To update it from this zip, import it from that bank's page (Author → ${bank.name} → Import and export).`);
  }
  if (target.into !== null && !bank) throw new AppError("NOT_FOUND", `No bank called "${target.into}".`);
  const stored = bank ? await options.db.question.findMany({ where: { bankId: bank.id }, orderBy: { number: "asc" }, select: QUESTION_SELECT }) : [];
  const plan: TUploadPlan = planUpload({
    files: upload.read.questions,
    stored: stored.map((q) => ({ id: q.id, number: q.number, slug: q.slug, title: q.title, status: q.status, publishedHash: q.publishedVersion?.contentHash ?? null, headHash: q.versions[0]?.contentHash ?? null })),
    brokenPaths: [...upload.read.errors.map((e) => e.path), ...upload.zip.problems.map((p) => p.path)],
  });
  const state = {
    zip: upload.zipHash,
    into: target.into,
    bank,
    questions: stored.map((q) => [q.id, q.number, q.slug, q.status, q.headVersion, q.publishedVersionId]),
  };
  const token = createHash("sha256").update(JSON.stringify(state)).digest("hex");
  return { bank, stored, plan, token };
}
