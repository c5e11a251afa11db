import "server-only";
import { diffVersions } from "@/lib/authoring/diff-versions";
import type { TBankImportPreview, TImportPreviewUpdate } from "@/lib/contracts/exchange";
import { db } from "@/lib/server/db";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import type { TActor } from "@/lib/server/permissions/roles";
import { planBankImport, type TImportTarget } from "./plan-bank-import";
import { readBankUpload } from "./read-bank-upload";

/** What importing the zip would change, and nothing written: new questions, new versions with
 * their diff against what learners see now, moves, questions brought back or archived, files
 * with problems (path and line) and entries that are not part of the bank. Apply with the token
 * writes exactly this, or refuses if the bank changed in between. */
export async function previewBankImport(options: { actor: TActor | null; input: TImportTarget & { bytes: Uint8Array } }): Promise<TBankImportPreview> {
  requireAuthor(options.actor);
  const upload = await readBankUpload(options.input.bytes);
  const { bank, stored, plan, token } = await planBankImport({ db, upload, target: options.input });
  const file = upload.read.bank;
  const fields = { name: file.name, emoji: file.emoji, description: file.description, intro: file.intro, planned: String(file.planned ?? 0) };
  const changes = bank
    ? (Object.keys(fields) as (keyof typeof fields)[]).flatMap((field) => {
        const before = field === "planned" ? String(bank.planned) : bank[field];
        return before === fields[field] ? [] : [{ field, before, after: fields[field] }];
      })
    : [];

  const byId = new Map(stored.map((q) => [q.id, q]));
  const versions = await db.question.findMany({
    where: { id: { in: plan.updates.filter((u) => u.newVersion).map((u) => u.id) } },
    select: {
      id: true,
      publishedVersion: { select: { version: true, title: true, difficulty: true, tags: true, bodyMarkdown: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, title: true, difficulty: true, tags: true, bodyMarkdown: true } },
    },
  });
  const contentOf = new Map(versions.map((q) => [q.id, q]));
  const updates = plan.updates.map((update): TImportPreviewUpdate => {
    const question = byId.get(update.id);
    const words: string[] = [];
    let diff: TImportPreviewUpdate["diff"] = null;
    let keepsDraft: number | null = null;
    if (update.newVersion) {
      const rows = contentOf.get(update.id);
      const shown = question?.status === "published" && rows?.publishedVersion ? rows.publishedVersion : rows?.versions[0];
      const head = rows?.versions[0];
      const base = shown ?? { version: 0, title: "", difficulty: "easy" as const, tags: "", bodyMarkdown: "" };
      const next = (question?.headVersion ?? 0) + 1;
      diff = { from: base.version, to: next, ...diffVersions({ ...base, tags: base.tags.split(",").filter(Boolean) }, { title: update.file.title, difficulty: update.file.difficulty, tags: update.file.tags, bodyMarkdown: update.file.body }) };
      words.push(`new version ${next}, published`);
      if (head && shown && head.version > shown.version) keepsDraft = head.version;
    }
    if (update.unarchive) words.push(update.newVersion ? "comes back from the archive" : "comes back from the archive, published");
    if (update.moveFrom !== null) words.push(`moves from number ${update.moveFrom}`);
    if (update.renameFrom !== null) words.push(`slug ${update.renameFrom} → ${update.file.slug}`);
    return { path: update.file.path, number: update.file.number, title: update.file.title, changes: words, diff, keepsDraft };
  });
  return {
    token,
    bank: { slug: file.slug, name: file.name, emoji: file.emoji, isNew: bank === null, changes },
    creates: plan.creates.map((f) => ({ path: f.path, number: f.number, title: f.title })),
    updates,
    archives: plan.archives.flatMap((id) => {
      const q = byId.get(id);
      return q ? [{ number: q.number, title: q.title }] : [];
    }),
    unchanged: plan.unchanged,
    problems: [...upload.zip.problems, ...upload.read.errors, ...plan.errors].sort((a, b) => a.path.localeCompare(b.path)),
    ignored: upload.zip.ignored,
  };
}
