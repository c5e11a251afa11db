import { writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { createUser } from "@/lib/server/data/users/create-user";
import { getQuestionPage } from "@/lib/server/data/questions/get-question-page";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

afterAll(() => db.$disconnect());

async function countRows(bankSlug: string) {
  const bank = await db.bank.findUnique({ where: { slug: bankSlug }, select: { id: true } });
  if (!bank) return { questions: 0, versions: 0 };
  const [questions, versions] = await Promise.all([db.question.count({ where: { bankId: bank.id } }), db.questionVersion.count({ where: { question: { bankId: bank.id } } })]);
  return { questions, versions };
}

describe("content import", () => {
  it("imports a bank once and changes nothing when run again", async () => {
    const slug = uniqueSlug("idem");
    const dir = writeFixtureBank(slug, [
      { file: "001-first.md", text: questionText({ number: 1, title: "First question", body: "Answer one." }) },
      { file: "002-second.md", text: questionText({ number: 2, title: "Second question", body: "| Aspect | A | B |\n|---|---|---|\n| x | 1 | 2 |" }) },
    ]);
    const first = await importContent({ dir });
    expect(first.errors).toEqual([]);
    expect(first.banks).toEqual([{ slug, created: 2, updated: 0, unchanged: 0, archived: 0, conflicts: 0 }]);
    const second = await importContent({ dir });
    expect(second.banks).toEqual([{ slug, created: 0, updated: 0, unchanged: 2, archived: 0, conflicts: 0 }]);
    expect(await countRows(slug)).toEqual({ questions: 2, versions: 2 });
  });

  it("creates a new version for a changed file and keeps old attempts on the old version", async () => {
    const slug = uniqueSlug("ver");
    const dir = writeFixtureBank(slug, [{ file: "001-q.md", text: questionText({ number: 1, title: "Versioned question", body: "Old wording." }) }]);
    await importContent({ dir });
    const user = await createUser({ name: "Versioner", email: `${slug}@example.com`, password: "a-long-password" });
    const question = await db.question.findFirstOrThrow({ where: { bank: { slug } }, select: { id: true, publishedVersionId: true } });
    await createSelfAssessment({
      actor: { id: user.id, role: "learner" },
      input: { kind: "self_assess", questionId: question.id, rating: "knew", idempotencyKey: crypto.randomUUID() },
    });

    writeFileSync(join(dir, slug, "001-q.md"), questionText({ number: 1, title: "Versioned question", body: "New wording." }));
    const summary = await importContent({ dir });
    expect(summary.banks[0]).toMatchObject({ updated: 1, created: 0 });

    const after = await db.question.findUniqueOrThrow({
      where: { id: question.id },
      select: { publishedVersion: { select: { version: true, bodyMarkdown: true } }, versions: { select: { version: true }, orderBy: { version: "asc" } } },
    });
    expect(after.publishedVersion).toEqual({ version: 2, bodyMarkdown: "New wording.\n" });
    expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
    const attempt = await db.attempt.findFirstOrThrow({ where: { questionId: question.id }, select: { questionVersion: { select: { version: true, bodyMarkdown: true } } } });
    expect(attempt.questionVersion).toEqual({ version: 1, bodyMarkdown: "Old wording.\n" });
  });

  it("stores which plain python fences run cleanly, recomputes it on every import, and refuses a failing sandbox fence", async () => {
    const slug = uniqueSlug("runs");
    const fence = (meta: string, code: string) => `\`\`\`python${meta}\n${code}\n\`\`\``;
    const body = [
      fence("", "print('runs')"),
      fence("", "nums.append(4)"),
      fence(" norun", "print('plain on purpose')"),
      fence(" sandbox", "print('by its option')"),
      fence(" varies", "print(id(object()) > 0)"),
    ].join("\n\n");
    const dir = writeFixtureBank(slug, [
      { file: "001-code.md", text: questionText({ number: 1, title: "Code examples", body }) },
      { file: "002-broken.md", text: questionText({ number: 2, title: "Broken sandbox", body: `Intro.\n\n${fence(" sandbox", "print(missing)")}` }) },
    ]);
    const summary = await importContent({ dir });
    expect(summary.errors.map((e) => `${e.path.split("/").pop()}:${e.line}: ${e.message}`)).toEqual([
      "002-broken.md:9: a `python sandbox` fence must run in the sandbox without error (NameError: name 'missing' is not defined); fix it, or drop `sandbox`",
    ]);
    const page = await getQuestionPage({ bankSlug: slug, number: 1 });
    expect(page.version.runnableFences).toEqual([1, 5]);

    // The list follows the engine, not the text: a stale value is rewritten by the next import
    // without a new version.
    await db.questionVersion.update({ where: { id: page.version.id }, data: { runnableFences: "" } });
    expect(await importContent({ dir })).toMatchObject({ banks: [{ unchanged: 1 }] });
    expect((await getQuestionPage({ bankSlug: slug, number: 1 })).version).toMatchObject({ id: page.version.id, runnableFences: [1, 5] });
  });

  it("rejects a malformed file with its path and line and imports nothing from it", async () => {
    const slug = uniqueSlug("bad");
    const dir = writeFixtureBank(slug, [
      { file: "001-good.md", text: questionText({ number: 1, title: "Good question", body: "Fine." }) },
      { file: "002-bad-difficulty.md", text: "---\nnumber: 2\ntitle: Bad one\ndifficulty: impossible\n---\nBody.\n" },
      { file: "003-ragged-table.md", text: questionText({ number: 3, title: "Ragged table", body: "Intro.\n\n| Aspect | A | B |\n|---|---|---|\n| x | 1 |" }) },
      { file: "004-no-body.md", text: questionText({ number: 4, title: "Empty", body: "" }) },
      { file: "005-dup.md", text: questionText({ number: 1, title: "Duplicate number", body: "Again." }) },
    ]);
    const summary = await importContent({ dir });
    const messages = summary.errors.map((e) => `${e.path.split("/").pop()}:${e.line}: ${e.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^002-bad-difficulty\.md:4: difficulty: /),
      expect.stringMatching(/^003-ragged-table\.md:11: table row has 2 cells but the header has 3$/),
      expect.stringMatching(/^004-no-body\.md:7: the answer body is empty$/),
      expect.stringMatching(/^005-dup\.md:2: number 1 is also used by .*001-good\.md$/),
    ]);
    expect(await countRows(slug)).toEqual({ questions: 1, versions: 1 });
  });

  it("archives a question whose file was deleted, but not one whose file is only broken", async () => {
    const slug = uniqueSlug("arch");
    const dir = writeFixtureBank(slug, [
      { file: "001-a.md", text: questionText({ number: 1, title: "Stays", body: "A." }) },
      { file: "002-b.md", text: questionText({ number: 2, title: "Will break", body: "B." }) },
      { file: "003-c.md", text: questionText({ number: 3, title: "Will go", body: "C." }) },
    ]);
    await importContent({ dir });
    writeFileSync(join(dir, slug, "002-b.md"), "---\nnumber: 2\n");
    unlinkSync(join(dir, slug, "003-c.md"));
    const summary = await importContent({ dir });
    expect(summary.banks[0]).toMatchObject({ archived: 1, unchanged: 1 });
    const statuses = await db.question.findMany({ where: { bank: { slug } }, orderBy: { number: "asc" }, select: { number: true, status: true } });
    expect(statuses).toEqual([
      { number: 1, status: "published" },
      { number: 2, status: "published" },
      { number: 3, status: "archived" },
    ]);
  });

  it("lets a new file take the slug of an archived question, but not of one that stays", async () => {
    const slug = uniqueSlug("slug");
    const dir = writeFixtureBank(slug, [
      { file: "001-a.md", text: questionText({ number: 1, title: "Reused title", body: "A." }) },
      { file: "002-b.md", text: questionText({ number: 2, title: "Kept title", body: "B." }) },
    ]);
    await importContent({ dir });
    // Q1's file goes and a new Q3 arrives with the same title, so the same slug.
    unlinkSync(join(dir, slug, "001-a.md"));
    writeFileSync(join(dir, slug, "003-a.md"), questionText({ number: 3, title: "Reused title", body: "A, rewritten." }));
    const moved = await importContent({ dir });
    expect(moved.errors).toEqual([]);
    expect(moved.banks[0]).toMatchObject({ created: 1, archived: 1 });
    const rows = async () => db.question.findMany({ where: { bank: { slug } }, orderBy: { number: "asc" }, select: { number: true, slug: true, status: true } });
    expect((await rows()).map((q) => [q.number, q.status, q.slug.startsWith("reused-title~") ? "reused-title~…" : q.slug])).toEqual([
      [1, "archived", "reused-title~…"],
      [2, "published", "kept-title"],
      [3, "published", "reused-title"],
    ]);

    // Q2's file breaks (so Q2 stays as it was) and a new Q4 wants its slug: Q4 is reported and skipped.
    writeFileSync(join(dir, slug, "002-b.md"), "---\nnumber: 2\n");
    writeFileSync(join(dir, slug, "004-k.md"), questionText({ number: 4, title: "Kept title", body: "K." }));
    const clash = await importContent({ dir });
    expect(clash.errors.map((e) => `${e.path.split("/").pop()}: ${e.message}`)).toContain(
      '004-k.md: slug "kept-title" is taken by question 2, which stays in the bank; pick another slug',
    );
    expect((await rows()).map((q) => [q.number, q.status])).toEqual([
      [1, "archived"],
      [2, "published"],
      [3, "published"],
    ]);
  });
});
