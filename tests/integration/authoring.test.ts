// Authoring through the data layer, on both databases: drafts, publish, restore, conflicts,
// renumbering, and the file/database rule of content:import after a browser edit.
import { writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCreateBank, ZCreateQuestion, ZSaveDraft, type TDraftContent } from "@/lib/contracts/authoring";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { diffQuestionVersions } from "@/lib/server/data/authoring/diff-question-versions";
import { getQuestionEditor } from "@/lib/server/data/authoring/get-question-editor";
import { getSaveConflict } from "@/lib/server/data/authoring/get-save-conflict";
import { listAuthorQuestions } from "@/lib/server/data/authoring/list-author-questions";
import { moveQuestion } from "@/lib/server/data/authoring/move-question";
import { previewQuestionDraft } from "@/lib/server/data/authoring/preview-question-draft";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { restoreQuestionVersion } from "@/lib/server/data/authoring/restore-question-version";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { setQuestionArchived } from "@/lib/server/data/authoring/set-question-archived";
import { importContent } from "@/lib/server/data/content/import-content";
import { getQuestionPage } from "@/lib/server/data/questions/get-question-page";
import { listMovedQuestions } from "@/lib/server/data/questions/list-moved-questions";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const table = (speed: string) =>
  [
    "| Aspect | Threads | Tasks |",
    "|---|---|---|",
    `| Switching | Pre-emptive, by the interpreter | Only at an await |`,
    `| Scale | ${speed} | Tens of thousands |`,
    "| Memory | A stack each | A small object each |",
    "| Blocking calls | Fine | Stall everything |",
  ].join("\n");

const BODY = `Both juggle waiting work.\n\n${table("Hundreds")}\n`;

let dir: string;
let slug: string;
let author: TActor;
let otherAuthor: TActor;
let learner: TActor;
let admin: TActor;

async function makeUser(role: TActor["role"], label: string): Promise<TActor> {
  const user = await createUser({ name: label, email: `${uniqueSlug(label)}@example.com`, password: "a-long-password", role });
  return { id: user.id, role };
}

async function questionAt(number: number) {
  return db.question.findFirstOrThrow({ where: { bank: { slug }, number }, select: { id: true, headVersion: true, publishedVersionId: true, status: true, number: true } });
}

const contentOf = (bodyMarkdown: string, title = "Threads or tasks?"): TDraftContent => ({ title, difficulty: "medium", tags: ["concurrency"], bodyMarkdown });

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected the operation to fail").toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

beforeAll(async () => {
  slug = uniqueSlug("auth");
  dir = writeFixtureBank(slug, [
    { file: "001-threads.md", text: questionText({ number: 1, title: "Threads or tasks?", body: BODY, tags: ["concurrency"], difficulty: "medium" }) },
    { file: "002-other.md", text: questionText({ number: 2, title: "Second question", body: "Answer two." }) },
    { file: "003-third.md", text: questionText({ number: 3, title: "Third question", body: "Answer three." }) },
  ]);
  const summary = await importContent({ dir });
  expect(summary.errors).toEqual([]);
  [author, otherAuthor, learner, admin] = await Promise.all([
    makeUser("author", "author"),
    makeUser("author", "second-author"),
    makeUser("learner", "learner"),
    makeUser("admin", "admin"),
  ]);
});

afterAll(() => db.$disconnect());

describe("drafts, publishing and restoring", () => {
  it("saves a draft as a new version without changing what learners see, then publishes it", async () => {
    const q = await questionAt(1);
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: q.id,
        baseVersion: q.headVersion,
        content: contentOf(`Both juggle waiting work.\n\n${table("A few hundred")}\n`),
        note: "Sharper scale row",
      }),
    });
    expect(saved).toEqual({ version: 2, unchanged: false });
    const page = await getQuestionPage({ bankSlug: slug, number: 1 });
    expect(page.version.version).toBe(1);
    expect(page.version.bodyMarkdown).toContain("| Hundreds |");

    // Saving the same text again stores nothing.
    expect(
      await saveQuestionDraft({
        actor: author,
        input: ZSaveDraft.parse({ questionId: q.id, baseVersion: 2, content: contentOf(`Both juggle waiting work.\n\n${table("A few hundred")}\n\n`) }),
      }),
    ).toEqual({ version: 2, unchanged: true });

    const published = await publishQuestionVersion({ actor: author, input: { questionId: q.id, version: 2 } });
    expect(published).toEqual({ version: 2, href: `/${slug}/1` });
    const after = await getQuestionPage({ bankSlug: slug, number: 1 });
    expect(after.version.version).toBe(2);
    expect(after.version.bodyMarkdown).toContain("A few hundred");
    const items = await db.quizItem.findMany({ where: { questionVersionId: after.version.id }, select: { generator: true } });
    expect(items.some((item) => item.generator === "which-subject")).toBe(true);
    const editor = await getQuestionEditor({ actor: author, bankSlug: slug, number: 1 });
    expect(editor.versions.map((v) => [v.version, v.status, v.note])).toEqual([
      [2, "published", "Sharper scale row"],
      [1, "earlier", expect.stringMatching(/^Created from .*001-threads\.md$/)],
    ]);
    expect(editor.versions[0]?.authorName).toBe("author");
  });

  it("keeps an attempt on the version it answered and moves the learner's review cards to the new items", async () => {
    const q = await questionAt(1);
    const before = await getQuestionPage({ bankSlug: slug, number: 1 });
    await createSelfAssessment({ actor: learner, input: { kind: "self_assess", questionId: q.id, rating: "knew", idempotencyKey: crypto.randomUUID() } });
    const cardsBefore = await db.reviewCard.findMany({ where: { userId: learner.id, questionId: q.id }, select: { quizItem: { select: { questionVersionId: true } } } });
    expect(cardsBefore.map((c) => c.quizItem?.questionVersionId)).toEqual([before.version.id]);

    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: contentOf(`Both juggle waiting work, differently.\n\n${table("A few hundred")}\n`) }),
    });
    await publishQuestionVersion({ actor: author, input: { questionId: q.id, version: saved.version } });
    const attempt = await db.attempt.findFirstOrThrow({
      where: { userId: learner.id, questionId: q.id, kind: "self_assess" },
      select: { questionVersion: { select: { version: true, bodyMarkdown: true } } },
    });
    expect(attempt.questionVersion.version).toBe(2);
    expect(attempt.questionVersion.bodyMarkdown).not.toContain("differently");
    // The self-assessment's card (the recall item, whose content did not change) now points at
    // the newly published version's recall item.
    const cards = await db.reviewCard.findMany({
      where: { userId: learner.id, questionId: q.id },
      select: { quizItem: { select: { key: true, questionVersion: { select: { version: true } } } } },
    });
    expect(cards.map((c) => [c.quizItem?.key, c.quizItem?.questionVersion.version])).toEqual([["recall", saved.version]]);
  });

  it("restores an old version as the newest draft without rewriting history, and diffs any two", async () => {
    const q = await questionAt(1);
    const restored = await restoreQuestionVersion({ actor: author, input: { questionId: q.id, version: 1, baseVersion: q.headVersion } });
    expect(restored.version).toBe(q.headVersion + 1);
    expect(restored.content.bodyMarkdown).toContain("| Hundreds |");
    const versions = await db.questionVersion.findMany({ where: { questionId: q.id }, orderBy: { version: "asc" }, select: { version: true, basedOn: true, note: true } });
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(versions.at(-1)).toEqual({ version: 4, basedOn: 1, note: "Restored from version 1" });
    // Learners still see version 3 until the restored text is published.
    expect((await getQuestionPage({ bankSlug: slug, number: 1 })).version.version).toBe(3);

    const diff = await diffQuestionVersions({ actor: author, input: { questionId: q.id, from: 1, to: 3 } });
    expect(diff.changed).toBe(true);
    const prose = diff.body.filter((block) => block.kind === "prose");
    const added = prose.flatMap((block) => (block.kind === "prose" ? block.parts.filter((p) => p.mark === "added").map((p) => p.text) : [])).join(" ");
    expect(added).toContain("differently");
    expect(added).toContain("A few");
    expect(added).not.toContain("juggle");
    expect((await diffQuestionVersions({ actor: author, input: { questionId: q.id, from: 1, to: 4 } })).changed).toBe(false);
  });

  it("refuses to publish a version with problems, naming their lines, and stores nothing", async () => {
    const q = await questionAt(2);
    const broken = "Intro.\n\n| Aspect | A | B |\n|---|---|---|\n| x | 1 |\n\n```python\ndef f(:\n```\n";
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: { title: "Second question", difficulty: "easy", tags: [], bodyMarkdown: broken } }),
    });
    await expectAppError(
      publishQuestionVersion({ actor: author, input: { questionId: q.id, version: saved.version } }),
      "VALIDATION",
      /line 5: table row has 2 cells.*line 8: this python fence does not parse/,
    );
    const after = await questionAt(2);
    expect(after.publishedVersionId).toBe(q.publishedVersionId);
    const preview = await previewQuestionDraft({ actor: author, input: { questionId: q.id, content: { title: "Second question", bodyMarkdown: broken } } });
    expect(preview.problems.map((p) => [p.line, p.check])).toEqual([
      [5, "table"],
      [8, "python"],
    ]);
  });
});

describe("runnable examples", () => {
  it("publishes a version with Run buttons on the plain fences that run cleanly, and refuses a failing sandbox fence; the preview shows both", async () => {
    const bank = uniqueSlug("runs");
    await importContent({ dir: writeFixtureBank(bank, [{ file: "001-q.md", text: questionText({ number: 1, title: "Code question", body: "No code yet." }) }]) });
    const q = await db.question.findFirstOrThrow({ where: { bank: { slug: bank }, number: 1 }, select: { id: true, headVersion: true } });
    const fence = (meta: string, code: string) => `\`\`\`python${meta}\n${code}\n\`\`\``;
    const body = ["Examples.", fence("", "print(sum([1, 2, 3]))"), fence("", "nums.append(4)"), fence(" sandbox", "print('always runnable')")].join("\n\n");
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: { title: "Code question", difficulty: "easy", tags: [], bodyMarkdown: body } }),
    });

    const preview = await previewQuestionDraft({ actor: author, input: { questionId: q.id, content: { title: "Code question", bodyMarkdown: body } } });
    expect(preview.problems).toEqual([]);
    // The last chunk is the answer's highlighting style sheet.
    expect(preview.segments.map((s) => s.kind)).toEqual(["html", "example", "html", "sandbox", "html"]);

    await publishQuestionVersion({ actor: author, input: { questionId: q.id, version: saved.version } });
    expect((await getQuestionPage({ bankSlug: bank, number: 1 })).version).toMatchObject({ version: saved.version, runnableFences: [1] });

    const failing = `${body}\n\n${fence(" sandbox", "print(missing_name)")}\n`;
    const next = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({ questionId: q.id, baseVersion: saved.version, content: { title: "Code question", difficulty: "easy", tags: [], bodyMarkdown: failing } }),
    });
    await expectAppError(
      publishQuestionVersion({ actor: author, input: { questionId: q.id, version: next.version } }),
      "VALIDATION",
      /line 15: a `python sandbox` fence must run in the sandbox without error \(NameError: name 'missing_name' is not defined\)/,
    );
    expect((await getQuestionPage({ bankSlug: bank, number: 1 })).version.version).toBe(saved.version);
  });
});

describe("two authors at once", () => {
  it("refuses a save based on a stale version, shows what the other author changed, and overwrites nothing", async () => {
    const q = await questionAt(3);
    const base = q.headVersion;
    const theirs = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: q.id,
        baseVersion: base,
        content: { title: "Third question", difficulty: "easy", tags: [], bodyMarkdown: "Answer three, clarified by the first author." },
      }),
    });
    const mine = { title: "Third question", difficulty: "easy" as const, tags: [], bodyMarkdown: "Answer three, rewritten by the second author." };
    await expectAppError(
      saveQuestionDraft({ actor: otherAuthor, input: ZSaveDraft.parse({ questionId: q.id, baseVersion: base, content: mine }) }),
      "CONFLICT",
      new RegExp(`saved version ${theirs.version} while you were editing version ${base}`),
    );
    expect((await questionAt(3)).headVersion).toBe(theirs.version);

    const conflict = await getSaveConflict({ actor: otherAuthor, input: { questionId: q.id, baseVersion: base, content: mine } });
    expect(conflict.head).toMatchObject({ version: theirs.version, authorName: "author" });
    const added = conflict.theirs.body.flatMap((block) => (block.kind === "prose" ? block.parts.filter((p) => p.mark === "added").map((p) => p.text) : [])).join("");
    expect(added).toContain("clarified by the first author");
    expect(conflict.headContent.bodyMarkdown).toBe("Answer three, clarified by the first author.\n");

    // Rebased on the newest version, the second author's text is a new version on top.
    const rebased = await saveQuestionDraft({ actor: otherAuthor, input: ZSaveDraft.parse({ questionId: q.id, baseVersion: theirs.version, content: mine }) });
    expect(rebased.version).toBe(theirs.version + 1);
    const bodies = await db.questionVersion.findMany({ where: { questionId: q.id }, orderBy: { version: "asc" }, select: { bodyMarkdown: true } });
    expect(bodies.map((b) => b.bodyMarkdown.trim())).toEqual(["Answer three.", "Answer three, clarified by the first author.", "Answer three, rewritten by the second author."]);
  });

  it("lets exactly one of two simultaneous saves on the same base through", async () => {
    const q = await questionAt(3);
    const attempt = (text: string, actor: TActor) =>
      saveQuestionDraft({
        actor,
        input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: { title: "Third question", difficulty: "easy", tags: [], bodyMarkdown: text } }),
      });
    const results = await Promise.allSettled([attempt("Racing text one.", author), attempt("Racing text two.", otherAuthor)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure?.status === "rejected" && failure.reason instanceof AppError && failure.reason.code).toBe("CONFLICT");
    expect((await questionAt(3)).headVersion).toBe(q.headVersion + 1);
  });
});

describe("bad input stores nothing", () => {
  it("rejects a body over 200 KB, invalid front matter, a duplicate slug or bank, and a stale base", async () => {
    const q = await questionAt(2);
    const count = () => db.questionVersion.count({ where: { questionId: q.id } });
    const before = await count();
    const big = ZSaveDraft.safeParse({
      questionId: q.id,
      baseVersion: q.headVersion,
      content: { title: "Second question", difficulty: "easy", tags: [], bodyMarkdown: "x".repeat(200 * 1024 + 1) },
    });
    expect(big.success).toBe(false);
    expect(big.error?.issues[0]?.message).toMatch(/over 200 KB/);
    for (const content of [
      { title: "no", difficulty: "easy", tags: [], bodyMarkdown: "Text." },
      { title: "Fine title", difficulty: "brutal", tags: [], bodyMarkdown: "Text." },
      { title: "Fine title", difficulty: "easy", tags: ["Not Kebab"], bodyMarkdown: "Text." },
      { title: "Fine title", difficulty: "easy", tags: [], bodyMarkdown: "   " },
      { title: "Fine title", difficulty: "easy", tags: [], bodyMarkdown: "Text.", author: "me" },
    ]) {
      expect(ZSaveDraft.safeParse({ questionId: q.id, baseVersion: q.headVersion, content }).success, JSON.stringify(content)).toBe(false);
    }
    await expectAppError(
      saveQuestionDraft({ actor: author, input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion - 1, content: contentOf("Stale.") }) }),
      "CONFLICT",
    );
    expect(await count()).toBe(before);

    await expectAppError(
      createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank: slug, title: "Second question", difficulty: "easy" }) }),
      "CONFLICT",
      /slug "second-question"/,
    );
    await expectAppError(
      createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank: slug, title: "Far away", difficulty: "easy", number: 99 }) }),
      "VALIDATION",
      /from 1 to 4/,
    );
    const { createBank } = await import("@/lib/server/data/authoring/create-bank");
    await expectAppError(createBank({ actor: author, input: ZCreateBank.parse({ slug, name: "Again", emoji: "🧪", description: "Same slug." }) }), "CONFLICT", /already exists/);
    expect(ZCreateBank.safeParse({ slug: "author", name: "Author", emoji: "x", description: "A route." }).success).toBe(false);
    expect(await db.question.count({ where: { bank: { slug } } })).toBe(3);
  });

  it("stores script in markdown as text and renders it inert in the preview", async () => {
    const q = await questionAt(2);
    const body = 'Safe?\n\n<script>alert(1)</script><img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))\n';
    const preview = await previewQuestionDraft({ actor: author, input: { questionId: q.id, content: { title: "Second question", bodyMarkdown: body } } });
    const html = preview.segments.map((s) => (s.kind === "html" ? s.html : "")).join("");
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});

describe("renumbering", () => {
  it("inserts a question at a number, moves the rest up, and redirects old numbers while no published question holds them", async () => {
    const bank = uniqueSlug("order");
    const folder = writeFixtureBank(
      bank,
      [1, 2, 3].map((n) => ({ file: `00${n}-q.md`, text: questionText({ number: n, title: `Question number ${n}`, body: `Body ${n}.` }) })),
    );
    await importContent({ dir: folder });
    const ids = Object.fromEntries(
      await Promise.all([1, 2, 3].map(async (n) => [n, (await db.question.findFirstOrThrow({ where: { bank: { slug: bank }, number: n }, select: { id: true } })).id])),
    );
    await createSelfAssessment({ actor: learner, input: { kind: "self_assess", questionId: ids[2] as string, rating: "knew", idempotencyKey: crypto.randomUUID() } });

    const created = await createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank, title: "A new second question", difficulty: "easy", number: 2 }) });
    expect(created.number).toBe(2);
    const order = async () =>
      (await db.question.findMany({ where: { bank: { slug: bank } }, orderBy: { number: "asc" }, select: { id: true, number: true, status: true } })).map((q) => [
        q.number,
        q.id === created.id ? "new" : Object.keys(ids).find((n) => ids[n] === q.id),
        q.status,
      ]);
    expect(await order()).toEqual([
      [1, "1", "published"],
      [2, "new", "draft"],
      [3, "2", "published"],
      [4, "3", "published"],
    ]);
    // The new question is a draft: /bank/2 still leads to the question that was there.
    const moved = await listMovedQuestions();
    expect([...moved].filter(([from]) => from.startsWith(`/${bank}/`))).toEqual([[`/${bank}/2`, `/${bank}/3`]]);
    expect(await db.attempt.count({ where: { questionId: ids[2] } })).toBe(1);

    // Moving the old Q2 (now 3) back to 2 shifts the draft to 3: the old Q2 holds its number
    // again, and the number it held for a while (3, a draft's now) leads back to it.
    await moveQuestion({ actor: author, input: { questionId: ids[2] as string, to: 2 } });
    expect([...(await listMovedQuestions())].filter(([from]) => from.startsWith(`/${bank}/`))).toEqual([[`/${bank}/3`, `/${bank}/2`]]);
    expect((await order()).map(([n, name]) => `${n}:${name}`)).toEqual(["1:1", "2:2", "3:new", "4:3"]);
    await expectAppError(moveQuestion({ actor: author, input: { questionId: ids[2] as string, to: 9 } }), "VALIDATION", /from 1 to 4/);

    // Archived: it keeps its number, versions, attempts and review cards; learners lose it, and
    // its cards leave the queues (no live item) until it comes back.
    const cards = () => db.reviewCard.findMany({ where: { questionId: ids[2] }, select: { quizItemId: true } });
    expect((await cards()).map((c) => c.quizItemId === null)).toEqual([false]);
    await setQuestionArchived({ actor: author, input: { questionId: ids[2] as string, archived: true } });
    await expectAppError(getQuestionPage({ bankSlug: bank, number: 2 }), "NOT_FOUND");
    expect(await db.attempt.count({ where: { questionId: ids[2] } })).toBe(1);
    expect((await cards()).map((c) => c.quizItemId === null)).toEqual([true]);
    expect((await setQuestionArchived({ actor: author, input: { questionId: ids[2] as string, archived: false } })).status).toBe("published");
    expect((await cards()).map((c) => c.quizItemId === null)).toEqual([false]);

    const list = await listAuthorQuestions({ actor: author, bankSlug: bank, filters: { sort: "number", status: "draft" } });
    expect(list.questions.map((q) => q.title)).toEqual(["A new second question"]);
    const draft = await db.question.findUniqueOrThrow({ where: { id: created.id }, select: { headVersion: true } });
    await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: created.id,
        baseVersion: draft.headVersion,
        content: { title: "A new second question", difficulty: "hard", tags: ["drafting"], bodyMarkdown: "Draft body." },
      }),
    });
    expect((await listAuthorQuestions({ actor: author, bankSlug: bank, filters: { sort: "number", tag: "drafting" } })).questions.map((q) => [q.title, q.difficulty])).toEqual([
      ["A new second question", "hard"],
    ]);
    expect((await listAuthorQuestions({ actor: author, bankSlug: bank, filters: { sort: "title", q: "NUMBER 3" } })).questions.map((q) => q.number)).toEqual([4]);
  });
});

describe("content:import after a browser edit", () => {
  it("never loses a browser edit to a restart, reports a file changed on both sides, and applies it with --prefer-file", async () => {
    const bank = uniqueSlug("sync");
    const folder = writeFixtureBank(bank, [
      { file: "001-a.md", text: questionText({ number: 1, title: "Edited in the browser", body: "File text A." }) },
      { file: "002-b.md", text: questionText({ number: 2, title: "Edited in the file", body: "File text B." }) },
    ]);
    await importContent({ dir: folder });
    const [a, b] = await Promise.all([1, 2].map((n) => db.question.findFirstOrThrow({ where: { bank: { slug: bank }, number: n }, select: { id: true, headVersion: true } })));
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: a!.id,
        baseVersion: a!.headVersion,
        content: { title: "Edited in the browser", difficulty: "easy", tags: ["demo"], bodyMarkdown: "Browser text A." },
      }),
    });
    await publishQuestionVersion({ actor: author, input: { questionId: a!.id, version: saved.version } });

    // A restart: the import runs again with the files unchanged.
    const restart = await importContent({ dir: folder });
    expect(restart.banks[0]).toMatchObject({ unchanged: 2, updated: 0, conflicts: 0 });
    expect((await getQuestionPage({ bankSlug: bank, number: 1 })).version.bodyMarkdown).toBe("Browser text A.\n");

    // File B changed and nobody touched B in the browser: applied.
    writeFileSync(join(folder, bank, "002-b.md"), questionText({ number: 2, title: "Edited in the file", body: "File text B, second edit." }));
    // File A changed too, but A was edited in the browser since: a conflict, both left alone.
    writeFileSync(join(folder, bank, "001-a.md"), questionText({ number: 1, title: "Edited in the browser", body: "File text A, edited." }));
    const both = await importContent({ dir: folder });
    expect(both.banks[0]).toMatchObject({ updated: 1, conflicts: 1 });
    expect(both.conflicts).toEqual([{ path: expect.stringMatching(/001-a\.md$/), number: 1, message: expect.stringMatching(/also edited in the browser/) }]);
    expect((await getQuestionPage({ bankSlug: bank, number: 1 })).version.bodyMarkdown).toBe("Browser text A.\n");
    expect((await getQuestionPage({ bankSlug: bank, number: 2 })).version.bodyMarkdown).toBe("File text B, second edit.\n");
    expect((await db.question.findUniqueOrThrow({ where: { id: b!.id }, select: { headVersion: true } })).headVersion).toBe(2);

    const preferred = await importContent({ dir: folder, preferFile: true });
    expect(preferred.banks[0]).toMatchObject({ updated: 1, conflicts: 0 });
    const history = await db.questionVersion.findMany({ where: { questionId: a!.id }, orderBy: { version: "asc" }, select: { bodyMarkdown: true, note: true } });
    expect(history.map((v) => v.bodyMarkdown.trim())).toEqual(["File text A.", "Browser text A.", "File text A, edited."]);
    expect(history.at(-1)?.note).toMatch(/over browser edits \(--prefer-file\)/);
    // And quiet again afterwards.
    expect((await importContent({ dir: folder })).banks[0]).toMatchObject({ unchanged: 2, updated: 0, conflicts: 0 });

    // A deleted file archives its question unless it was edited in the browser since.
    const again = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: b!.id,
        baseVersion: 2,
        content: { title: "Edited in the file", difficulty: "easy", tags: ["demo"], bodyMarkdown: "Browser draft B." },
      }),
    });
    expect(again.version).toBe(3);
    unlinkSync(join(folder, bank, "002-b.md"));
    const deleted = await importContent({ dir: folder });
    expect(deleted.banks[0]).toMatchObject({ archived: 0, conflicts: 1 });
    expect((await db.question.findUniqueOrThrow({ where: { id: b!.id }, select: { status: true } })).status).toBe("published");
  });

  it("records a file brought up to date with the browser as imported, and applies its later edits", async () => {
    const bank = uniqueSlug("catch");
    const folder = writeFixtureBank(bank, [{ file: "001-a.md", text: questionText({ number: 1, title: "Caught up", body: "File text." }) }]);
    await importContent({ dir: folder });
    const q = await db.question.findFirstOrThrow({ where: { bank: { slug: bank } }, select: { id: true, headVersion: true } });
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: { title: "Caught up", difficulty: "easy", tags: ["demo"], bodyMarkdown: "Browser text." } }),
    });
    await publishQuestionVersion({ actor: author, input: { questionId: q.id, version: saved.version } });
    writeFileSync(join(folder, bank, "001-a.md"), questionText({ number: 1, title: "Caught up", body: "Browser text." }));
    const synced = await importContent({ dir: folder });
    expect(synced.banks[0]).toMatchObject({ unchanged: 1, updated: 0, conflicts: 0 });
    writeFileSync(join(folder, bank, "001-a.md"), questionText({ number: 1, title: "Caught up", body: "Browser text, then edited in the file." }));
    expect((await importContent({ dir: folder })).banks[0]).toMatchObject({ updated: 1, conflicts: 0 });
    expect((await getQuestionPage({ bankSlug: bank, number: 1 })).version).toMatchObject({ version: 3, bodyMarkdown: "Browser text, then edited in the file.\n" });
  });

  it("keeps a question where an author moved it when its file changes but its number does not", async () => {
    const bank = uniqueSlug("moved");
    const folder = writeFixtureBank(
      bank,
      [1, 2].map((n) => ({ file: `00${n}-q.md`, text: questionText({ number: n, title: `Moved question ${n}`, body: `Body ${n}.` }) })),
    );
    await importContent({ dir: folder });
    const created = await createQuestion({ actor: author, input: ZCreateQuestion.parse({ bank, title: "Inserted first", difficulty: "easy", number: 1 }) });
    expect(created.number).toBe(1);
    writeFileSync(join(folder, bank, "002-q.md"), questionText({ number: 2, title: "Moved question 2", body: "Body 2, edited in the file." }));
    const summary = await importContent({ dir: folder });
    expect(summary.errors).toEqual([]);
    expect(summary.banks[0]).toMatchObject({ updated: 1, conflicts: 0 });
    const rows = await db.question.findMany({ where: { bank: { slug: bank } }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(rows).toEqual([
      { number: 1, title: "Inserted first" },
      { number: 2, title: "Moved question 1" },
      { number: 3, title: "Moved question 2" },
    ]);
    expect((await getQuestionPage({ bankSlug: bank, number: 3 })).version.bodyMarkdown).toBe("Body 2, edited in the file.\n");
  });
});

describe("authorization: role × action", () => {
  // Every authoring operation, called as each role. Anonymous: UNAUTHORIZED; learner: FORBIDDEN;
  // author and admin: allowed (the call then succeeds or fails on its own terms, never on rights).
  const operations: [string, (actor: TActor | null, q: { id: string; headVersion: number }) => Promise<unknown>][] = [
    ["open the editor", (actor) => getQuestionEditor({ actor, bankSlug: slug, number: 2 })],
    ["list questions", (actor) => listAuthorQuestions({ actor, bankSlug: slug, filters: { sort: "number" } })],
    ["preview a draft", (actor, q) => previewQuestionDraft({ actor, input: { questionId: q.id, content: { title: "Second question", bodyMarkdown: "Text." } } })],
    [
      "save a draft",
      (actor, q) =>
        saveQuestionDraft({
          actor,
          input: ZSaveDraft.parse({ questionId: q.id, baseVersion: q.headVersion, content: contentOf(`Matrix text ${Math.random()}.`, "Second question") }),
        }),
    ],
    ["publish", (actor, q) => publishQuestionVersion({ actor, input: { questionId: q.id, version: q.headVersion } })],
    ["restore", (actor, q) => restoreQuestionVersion({ actor, input: { questionId: q.id, version: 1, baseVersion: q.headVersion } })],
    ["diff", (actor, q) => diffQuestionVersions({ actor, input: { questionId: q.id, from: 1, to: q.headVersion } })],
    ["see a conflict", (actor, q) => getSaveConflict({ actor, input: { questionId: q.id, baseVersion: 1, content: contentOf("Mine.") } })],
    ["archive", (actor, q) => setQuestionArchived({ actor, input: { questionId: q.id, archived: false } })],
    ["move", (actor, q) => moveQuestion({ actor, input: { questionId: q.id, to: 2 } })],
    ["create a question", (actor) => createQuestion({ actor, input: ZCreateQuestion.parse({ bank: slug, title: `Matrix question ${Math.random()}`, difficulty: "easy" }) })],
    [
      "create a bank",
      async (actor) =>
        (await import("@/lib/server/data/authoring/create-bank")).createBank({
          actor,
          input: ZCreateBank.parse({ slug: uniqueSlug("matrix"), name: "Matrix", emoji: "🧪", description: "From the role matrix." }),
        }),
    ],
    ["list banks", async (actor) => (await import("@/lib/server/data/authoring/list-author-banks")).listAuthorBanks({ actor })],
  ];
  const roles: [string, () => TActor | null, "UNAUTHORIZED" | "FORBIDDEN" | "allowed"][] = [
    ["anonymous", () => null, "UNAUTHORIZED"],
    ["learner", () => learner, "FORBIDDEN"],
    ["author", () => author, "allowed"],
    ["admin", () => admin, "allowed"],
  ];

  it.each(roles)("%s", async (_role, actorOf, expected) => {
    for (const [name, operation] of operations) {
      const q = await questionAt(2);
      const versionsBefore = await db.questionVersion.count();
      const outcome = await operation(actorOf(), q).then(
        () => "allowed",
        (error: unknown) => (error instanceof AppError ? error.code : `threw ${String(error)}`),
      );
      if (expected === "allowed") expect(["allowed", "VALIDATION", "CONFLICT"], name).toContain(outcome);
      else {
        expect(outcome, name).toBe(expected);
        expect(await db.questionVersion.count(), `${name} stored nothing`).toBe(versionsBefore);
      }
    }
  });
});
