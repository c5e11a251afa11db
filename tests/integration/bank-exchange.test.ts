// Banks in and out, on both databases: bank:export → content:import changes nothing (the whole
// Python bank, and a bank with browser-made questions and drafts), and the browser's zip upload:
// preview, apply exactly what was previewed, the guard against a bank that changed in between,
// bad zips and who may do it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, type Zippable } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCreateQuestion, ZSaveDraft } from "@/lib/contracts/authoring";
import type { TBankImportPreview } from "@/lib/contracts/exchange";
import { AppError } from "@/lib/errors";
import { zipFiles } from "@/lib/exchange/zip-files";
import { db } from "@/lib/server/db";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { importContent } from "@/lib/server/data/content/import-content";
import { applyBankImport } from "@/lib/server/data/exchange/apply-bank-import";
import { previewBankImport } from "@/lib/server/data/exchange/preview-bank-import";
import { streamBankFolder, type TExportVersions } from "@/lib/server/data/exchange/stream-bank-folder";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

let author: TActor;
let learner: TActor;

async function makeUser(role: TActor["role"], label: string): Promise<TActor> {
  const user = await createUser({ name: label, email: `${uniqueSlug(label)}@example.com`, password: "a-long-password", role });
  return { id: user.id, role };
}

beforeAll(async () => {
  [author, learner] = await Promise.all([makeUser("author", "exchanger"), makeUser("learner", "exchange-learner")]);
});
afterAll(() => db.$disconnect());

function runExportCli(bank: string, outDir: string, ...flags: string[]): string {
  return execFileSync(
    process.execPath,
    [join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/bank-export.ts", bank, outDir, ...flags],
    { env: process.env, encoding: "utf8" },
  );
}

function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
}

/** Every row the round trip must leave as it was, newest edit times included. */
async function snapshot(slug: string) {
  const bank = await db.bank.findUniqueOrThrow({ where: { slug }, select: { id: true, updatedAt: true, name: true, intro: true, planned: true } });
  const questions = await db.question.findMany({
    where: { bankId: bank.id },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      slug: true,
      status: true,
      headVersion: true,
      editCount: true,
      importedEditCount: true,
      importedHash: true,
      sourcePath: true,
      publishedVersionId: true,
      updatedAt: true,
    },
  });
  const versions = await db.questionVersion.count({ where: { question: { bankId: bank.id } } });
  const items = await db.quizItem.count({ where: { questionVersion: { question: { bankId: bank.id } } } });
  return { bank, questions, versions, items };
}

async function zipOf(slug: string, versions: TExportVersions): Promise<Uint8Array> {
  async function* files() {
    for await (const file of streamBankFolder({ bankSlug: slug, versions })) yield { path: `${slug}/${file.path}`, text: file.text };
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of zipFiles(files())) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function zipFolder(files: Record<string, string>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(files)) entries[path] = new TextEncoder().encode(text);
  return zipSync(entries);
}

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected the operation to fail").toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

const nothingToDo = (preview: TBankImportPreview) => ({
  creates: preview.creates,
  updates: preview.updates,
  archives: preview.archives,
  problems: preview.problems,
  bankChanges: preview.bank.changes,
});

describe("bank:export → content:import", () => {
  it("changes nothing for the whole Python bank, and a second export is byte-identical", { timeout: 240_000 }, async () => {
    const first = await importContent({ dir: join(process.cwd(), "content") });
    expect(first.errors).toEqual([]);
    const before = await snapshot("python");
    expect(before.questions.length).toBeGreaterThanOrEqual(170);

    const out = mkdtempSync(join(tmpdir(), "interleave-export-"));
    expect(runExportCli("python", out)).toMatch(/^python: wrote bank\.md and \d+ question files/);
    const summary = await importContent({ dir: out });
    expect(summary.errors).toEqual([]);
    expect(summary.conflicts).toEqual([]);
    expect(summary.banks).toEqual([{ slug: "python", created: 0, updated: 0, unchanged: before.questions.length, archived: 0, conflicts: 0 }]);
    expect(await snapshot("python")).toEqual(before);

    const again = mkdtempSync(join(tmpdir(), "interleave-export-"));
    runExportCli("python", again);
    expect(readFolder(join(again, "python"))).toEqual(readFolder(join(out, "python")));
    // The files are the bank's own: the same questions as content/python, under their slugs.
    expect(Object.keys(readFolder(join(out, "python")))).toHaveLength(readdirSync(join(process.cwd(), "content", "python")).length);

    // The same copy uploaded in the browser: nothing to change either.
    const preview = await previewBankImport({ actor: author, input: { into: "python", bytes: await zipOf("python", "published") } });
    expect(nothingToDo(preview)).toEqual({ creates: [], updates: [], archives: [], problems: [], bankChanges: [] });
    expect(preview.unchanged).toBe(before.questions.length);
    const applied = await applyBankImport({ actor: author, input: { into: "python", bytes: await zipOf("python", "published"), token: preview.token } });
    expect(applied).toMatchObject({ created: 0, updated: 0, archived: 0 });
    expect(await snapshot("python")).toEqual(before);
  });

  it("leaves browser-made questions, drafts and archived ones as they are, published or --drafts", async () => {
    const slug = uniqueSlug("roundtrip");
    const folder = writeFixtureBank(slug, [
      { file: "001-a.md", text: questionText({ number: 1, title: "From a file", body: "File text A." }) },
      { file: "002-b.md", text: questionText({ number: 2, title: "Archived later", body: "File text B." }) },
    ]);
    await importContent({ dir: folder });
    const a = await db.question.findFirstOrThrow({ where: { bank: { slug }, number: 1 }, select: { id: true, headVersion: true } });
    await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: a.id,
        baseVersion: a.headVersion,
        content: { title: "From a file", difficulty: "easy", tags: ["demo"], bodyMarkdown: "A draft nobody published." },
      }),
    });
    const made = await createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank: slug, title: "Made in the browser", difficulty: "hard", tags: ["web"] }) });
    const web = await db.question.findUniqueOrThrow({ where: { id: made.id }, select: { headVersion: true } });
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: made.id,
        baseVersion: web.headVersion,
        content: { title: "Made in the browser", difficulty: "hard", tags: ["web"], bodyMarkdown: "Written in the editor: `x: y`, {braces} and # hashes." },
      }),
    });
    await publishQuestionVersion({ actor: author, input: { questionId: made.id, version: saved.version } });
    await createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank: slug, title: "Never published", difficulty: "easy" }) });
    const b = await db.question.findFirstOrThrow({ where: { bank: { slug }, number: 2 }, select: { id: true } });
    await db.question.update({ where: { id: b.id }, data: { status: "archived" } });
    const before = await snapshot(slug);

    for (const flags of [[], ["--drafts"]]) {
      const out = mkdtempSync(join(tmpdir(), "interleave-export-"));
      runExportCli(slug, out, ...flags);
      const files = readFolder(join(out, slug));
      expect(Object.keys(files).sort()).toEqual(
        flags.length ? ["001-from-a-file.md", "003-made-in-the-browser.md", "004-never-published.md", "bank.md"] : ["001-from-a-file.md", "003-made-in-the-browser.md", "bank.md"],
      );
      expect(files["001-from-a-file.md"]).toContain(flags.length ? "A draft nobody published." : "File text A.");
      const summary = await importContent({ dir: out });
      expect(summary.errors).toEqual([]);
      expect(summary.banks[0]).toMatchObject({ created: 0, updated: 0, archived: 0, conflicts: 0 });
      expect(await snapshot(slug)).toEqual(before);
      const preview = await previewBankImport({ actor: author, input: { into: slug, bytes: await zipOf(slug, flags.length ? "newest" : "published") } });
      expect(nothingToDo(preview)).toEqual({ creates: [], updates: [], archives: [], problems: [], bankChanges: [] });
    }
    // And the bank's own folder still imports as before: nothing moved to the copies.
    expect((await importContent({ dir: folder })).banks[0]).toMatchObject({ created: 0, updated: 0, archived: 0, conflicts: 0 });
    expect(await snapshot(slug)).toEqual(before);
  });
});

describe("uploading a bank in the browser", () => {
  async function uploadFixture() {
    const slug = uniqueSlug("upload");
    const folder = writeFixtureBank(
      slug,
      [1, 2, 3].map((n) => ({ file: `00${n}-q.md`, text: questionText({ number: n, title: `Question ${n}`, body: `Answer ${n}.` }) })),
    );
    await importContent({ dir: folder });
    const files: Record<string, string> = { [`${slug}/bank.md`]: readFileSync(join(folder, slug, "bank.md"), "utf8").replace("A bank made by a test.", "A bank moved by a test.") };
    return { slug, folder, files };
  }

  it("previews new questions, new versions with a diff, archives and broken files, then applies exactly that", async () => {
    const { slug, files } = await uploadFixture();
    files[`${slug}/001-q.md`] = questionText({ number: 1, title: "Question 1", body: "Answer 1." });
    files[`${slug}/002-q.md`] = questionText({ number: 2, title: "Question 2", body: "Answer 2, now with more detail." });
    files[`${slug}/004-new.md`] = questionText({ number: 4, title: "A new question", body: "Answer 4." });
    files[`${slug}/005-broken.md`] = "---\nnumber: 5\ntitle: Broken\ndifficulty: impossible\n---\nBody.\n";
    files[`${slug}/README.md`] = "not part of the bank";
    const bytes = zipFolder(files);
    const before = await snapshot(slug);

    const preview = await previewBankImport({ actor: author, input: { into: slug, bytes } });
    expect(preview.bank).toMatchObject({ slug, isNew: false, changes: [{ field: "description", before: "A bank made by a test.", after: "A bank moved by a test." }] });
    expect(preview.creates).toEqual([{ path: `${slug}/004-new.md`, number: 4, title: "A new question" }]);
    expect(preview.updates).toHaveLength(1);
    const update = preview.updates[0]!;
    expect(update).toMatchObject({ path: `${slug}/002-q.md`, number: 2, changes: ["new version 2, published"], keepsDraft: null });
    const added = update.diff?.body.flatMap((block) => (block.kind === "prose" ? block.parts.filter((p) => p.mark === "added").map((p) => p.text) : [])).join("");
    expect(added).toContain("now with more detail");
    expect(preview.archives).toEqual([{ number: 3, title: "Question 3" }]);
    expect(preview.unchanged).toBe(1);
    expect(preview.problems).toEqual([{ path: `${slug}/005-broken.md`, line: 4, message: expect.stringMatching(/^difficulty: /) }]);
    expect(preview.ignored).toEqual([`${slug}/README.md`]);
    // The preview wrote nothing.
    expect(await snapshot(slug)).toEqual(before);

    const result = await applyBankImport({ actor: author, input: { into: slug, bytes, token: preview.token } });
    expect(result).toEqual({ bank: slug, href: `/author/${slug}`, created: 1, updated: 1, archived: 1, unchanged: 1, skipped: 1 });
    const rows = await db.question.findMany({
      where: { bank: { slug } },
      orderBy: { number: "asc" },
      select: { number: true, title: true, status: true, sourcePath: true, publishedVersion: { select: { version: true, bodyMarkdown: true, authorId: true, note: true } } },
    });
    expect(rows.map((q) => [q.number, q.status, q.publishedVersion?.version, q.publishedVersion?.bodyMarkdown])).toEqual([
      [1, "published", 1, "Answer 1.\n"],
      [2, "published", 2, "Answer 2, now with more detail.\n"],
      [3, "archived", 1, "Answer 3.\n"],
      [4, "published", 1, "Answer 4.\n"],
    ]);
    expect(rows[1]?.publishedVersion).toMatchObject({ authorId: author.id, note: `Imported from an uploaded zip: ${slug}/002-q.md` });
    // A question from an upload belongs to the database, not to a file.
    expect(rows[3]?.sourcePath).toBeNull();
    expect((await db.bank.findUniqueOrThrow({ where: { slug }, select: { description: true } })).description).toBe("A bank moved by a test.");
    expect(await db.quizItem.count({ where: { questionVersion: { question: { bank: { slug }, number: 4 } } } })).toBeGreaterThan(0);

    // The same zip again: nothing left to do, and the token of a stale preview is refused.
    const again = await previewBankImport({ actor: author, input: { into: slug, bytes } });
    expect(nothingToDo(again)).toEqual({ creates: [], updates: [], archives: [], problems: preview.problems, bankChanges: [] });
    await expectAppError(applyBankImport({ actor: author, input: { into: slug, bytes, token: preview.token } }), "CONFLICT", /changed since the preview/);
  });

  it("writes nothing when the bank changed between the preview and Apply", async () => {
    const { slug, files } = await uploadFixture();
    for (const n of [1, 2, 3]) files[`${slug}/00${n}-q.md`] = questionText({ number: n, title: `Question ${n}`, body: `Answer ${n}, uploaded.` });
    const bytes = zipFolder(files);
    const preview = await previewBankImport({ actor: author, input: { into: slug, bytes } });
    expect(preview.updates).toHaveLength(3);
    const q2 = await db.question.findFirstOrThrow({ where: { bank: { slug }, number: 2 }, select: { id: true, headVersion: true } });
    await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: q2.id,
        baseVersion: q2.headVersion,
        content: { title: "Question 2", difficulty: "easy", tags: ["demo"], bodyMarkdown: "Saved meanwhile." },
      }),
    });
    const before = await snapshot(slug);
    await expectAppError(applyBankImport({ actor: author, input: { into: slug, bytes, token: preview.token } }), "CONFLICT", /Nothing was written/);
    expect(await snapshot(slug)).toEqual(before);
    // A fresh preview shows the draft that stays below the new version.
    const fresh = await previewBankImport({ actor: author, input: { into: slug, bytes } });
    expect(fresh.updates.find((u) => u.number === 2)).toMatchObject({ keepsDraft: 2 });
  });

  it("makes a new bank from a zip, and refuses a slug that clashes", async () => {
    const slug = uniqueSlug("newbank");
    const files = {
      [`${slug}/bank.md`]: `---\nslug: ${slug}\nname: Moved bank\nemoji: "🚚"\ndescription: Came in a zip.\n---\nIntro text.\n`,
      [`${slug}/001-first.md`]: questionText({ number: 1, title: "First moved question", body: "| Aspect | A | B |\n|---|---|---|\n| x | 1 | 2 |" }),
    };
    const bytes = zipFolder(files);
    const preview = await previewBankImport({ actor: author, input: { into: null, bytes } });
    expect(preview.bank).toEqual({ slug, name: "Moved bank", emoji: "🚚", isNew: true, changes: [] });
    expect(await db.bank.count({ where: { slug } })).toBe(0);
    await applyBankImport({ actor: author, input: { into: null, bytes, token: preview.token } });
    expect(await db.bank.findUniqueOrThrow({ where: { slug }, select: { name: true, intro: true } })).toEqual({ name: "Moved bank", intro: "Intro text." });

    await expectAppError(previewBankImport({ actor: author, input: { into: null, bytes } }), "CONFLICT", /already exists.*import it from that bank's page/);
    await expectAppError(previewBankImport({ actor: author, input: { into: "python", bytes } }), "VALIDATION", new RegExp(`holds the bank "${slug}", not "python"`));
    await expectAppError(
      previewBankImport({ actor: author, input: { into: "no-such-bank", bytes: zipFolder({ "bank.md": files[`${slug}/bank.md`]!.replace(slug, "no-such-bank") }) } }),
      "NOT_FOUND",
    );
    const reserved = zipFolder({ "bank.md": files[`${slug}/bank.md`]!.replace(`slug: ${slug}`, "slug: author") });
    await expectAppError(previewBankImport({ actor: author, input: { into: null, bytes: reserved } }), "VALIDATION", /is a page of the site/);
  });

  it("refuses bad zips and learners with a clear error, and writes nothing", async () => {
    const { slug, files } = await uploadFixture();
    const before = await snapshot(slug);
    const banks = await db.bank.count();
    const good = zipFolder({ ...files, [`${slug}/004-new.md`]: questionText({ number: 4, title: "New", body: "Text." }) });
    const bomb = zipSync(
      { [`${slug}/bank.md`]: new TextEncoder().encode(files[`${slug}/bank.md`]!), [`${slug}/001-q.md`]: new Uint8Array(21 * 1024 * 1024).fill(0x61) },
      { level: 9 },
    );
    const cases: [string, Uint8Array, RegExp][] = [
      ["not a zip", new TextEncoder().encode("PK? no."), /not a zip archive/],
      ["a zip bomb", bomb, /more than 20 MB/],
      ["a path leaving the folder", zipFolder({ ...files, "../../etc/001-q.md": "x" }), /leaves its folder/],
      ["a broken bank.md", zipFolder({ [`${slug}/bank.md`]: "---\nslug: Not Kebab\n---\n" }), /bank\.md:2: slug: /],
    ];
    for (const [label, bytes, message] of cases) {
      await expectAppError(previewBankImport({ actor: author, input: { into: slug, bytes } }), "VALIDATION", message);
      await expectAppError(applyBankImport({ actor: author, input: { into: slug, bytes, token: "0".repeat(64) } }), "VALIDATION", message);
      expect(await snapshot(slug), label).toEqual(before);
    }
    for (const [actor, code] of [
      [learner, "FORBIDDEN"],
      [null, "UNAUTHORIZED"],
    ] as const) {
      await expectAppError(previewBankImport({ actor, input: { into: slug, bytes: good } }), code);
      const preview = await previewBankImport({ actor: author, input: { into: slug, bytes: good } });
      await expectAppError(applyBankImport({ actor, input: { into: slug, bytes: good, token: preview.token } }), code);
    }
    expect(await snapshot(slug)).toEqual(before);
    expect(await db.bank.count()).toBe(banks);
  });
});
