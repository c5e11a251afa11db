// Item analysis from stored attempts on both databases, against figures computed by hand (and
// checked with an independent Python computation), and retiring an item: it leaves quizzes and
// review queues, keeps its attempts, and stays retired through new versions and re-imports.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZSaveDraft } from "@/lib/contracts/authoring";
import type { TItemAnalysis, TQuestionAnalysis } from "@/lib/contracts/item-analysis";
import { AppError } from "@/lib/errors";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { importContent } from "@/lib/server/data/content/import-content";
import { getBankItemAnalysis } from "@/lib/server/data/item-analysis/get-bank-item-analysis";
import { setItemRetired } from "@/lib/server/data/quiz-items/set-item-retired";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const Q1_BODY = [
  "Two hand-written items.",
  "",
  "```quiz",
  "id: pick-one",
  "kind: single_choice",
  "prompt: Which one is right?",
  "options: [Alpha, Beta, Gamma, Delta]",
  "answer: Beta",
  "explanation: Beta, by construction.",
  "```",
  "",
  "```quiz",
  "id: tf",
  "kind: true_false",
  "prompt: This statement is true.",
  "answer: true",
  "explanation: It is.",
  "```",
].join("\n");

let slug: string;
let folder: string;
let author: TActor;
let learner: TActor;
let q1: { id: string; versionId: string };
let q2: { id: string; versionId: string };
let rows: Map<string, { id: string; item: TQuizItem }>;

type TAttemptRow = Extract<NonNullable<Parameters<typeof db.attempt.createMany>[0]>["data"], readonly unknown[]>[number];

const L = Array.from({ length: 20 }, (_, i) => i + 1);
const learnerId = (i: number) => `${slug}-l${String(i).padStart(2, "0")}`;

async function makeUser(role: TActor["role"], label: string): Promise<TActor> {
  const user = await createUser({ name: label, email: `${uniqueSlug(label)}@example.com`, password: "a-long-password", role });
  return { id: user.id, role };
}

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

// The fixture, learner by learner (i = 1 … 20):
// - Q2 (recall only), 60 self-assessments each, 3(i − 1) of them "knew it", no time recorded;
// - pick-one (Beta is right), once each: L1–L3 Alpha, L4–L12 Beta, L13–L14 Alpha, L15 Gamma,
//   L16–L17 Beta, L18–L20 Gamma; nobody picks Delta. Times 10 s + i s, L20's 400 s (over the
//   5-minute cap, so left out of the average);
// - tf (true is right): L1 twice, true both times; L2–L10 true; L11–L20 false; 5 s each.
// Bank totals rise strictly with i (3(i − 1) dominates), so the upper 27% (round(5.4) = 5) are
// L16–L20 and the lower L1–L5.
const pickOf = (i: number) => (i <= 3 || i === 13 || i === 14 ? "Alpha" : i === 15 || i >= 18 ? "Gamma" : "Beta");
const tfAnswers = (i: number) => (i === 1 ? [true, true] : [i <= 10]);

beforeAll(async () => {
  slug = uniqueSlug("analysis");
  folder = writeFixtureBank(slug, [
    { file: "001-items.md", text: questionText({ number: 1, title: "Items to analyse", body: Q1_BODY }) },
    { file: "002-recall.md", text: questionText({ number: 2, title: "Recall only", body: "Nothing but the answer." }) },
  ]);
  const summary = await importContent({ dir: folder });
  expect(summary.errors).toEqual([]);
  [author, learner] = await Promise.all([makeUser("author", "analyst"), makeUser("learner", "analysed")]);
  const questions = await db.question.findMany({ where: { bank: { slug } }, orderBy: { number: "asc" }, select: { id: true, publishedVersionId: true } });
  [q1, q2] = questions.map((q) => ({ id: q.id, versionId: q.publishedVersionId as string })) as [typeof q1, typeof q2];
  const items = await db.quizItem.findMany({ where: { questionVersionId: q1.versionId }, select: { id: true, key: true, payload: true } });
  rows = new Map(items.map((row) => [row.key, { id: row.id, item: ZQuizItem.parse(row.payload) }]));

  await db.user.createMany({ data: L.map((i) => ({ id: learnerId(i), email: `${learnerId(i)}@example.com`, passwordHash: "not-used", name: `L${i}` })) });
  const attempts: TAttemptRow[] = [];
  const base = (i: number, questionId: string, questionVersionId: string) => ({ userId: learnerId(i), questionId, questionVersionId, idempotencyKey: crypto.randomUUID() });
  for (const i of L) {
    for (let k = 0; k < 60; k++)
      attempts.push({
        ...base(i, q2.id, q2.versionId),
        kind: "self_assess",
        response: { rating: k < 3 * (i - 1) ? "knew" : "review" },
        correct: k < 3 * (i - 1),
        score: k < 3 * (i - 1) ? 1 : 0,
      });
    const pick = rows.get("pick-one")!;
    const choice = pick.item.options.indexOf(pickOf(i));
    attempts.push({
      ...base(i, q1.id, q1.versionId),
      kind: "single_choice",
      quizItemId: pick.id,
      response: { kind: "single_choice", choice },
      correct: pickOf(i) === "Beta",
      score: pickOf(i) === "Beta" ? 1 : 0,
      durationMs: i === 20 ? 400_000 : 10_000 + 1000 * i,
    });
    const tf = rows.get("tf")!;
    for (const said of tfAnswers(i)) {
      attempts.push({
        ...base(i, q1.id, q1.versionId),
        kind: "true_false",
        quizItemId: tf.id,
        response: { kind: "true_false", choice: said ? 0 : 1 },
        correct: said,
        score: said ? 1 : 0,
        durationMs: 5000,
      });
    }
  }
  await db.attempt.createMany({ data: attempts });
});

afterAll(() => db.$disconnect());

const itemOf = (question: TQuestionAnalysis | undefined, key: string): TItemAnalysis => {
  const item = question?.items.find((i) => i.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
};

describe("item analysis from stored attempts", () => {
  it("computes every figure per item and per question as worked out by hand", async () => {
    const analysis = await getBankItemAnalysis({ actor: author, bankSlug: slug });
    expect(analysis.learners).toBe(20);
    expect(analysis.groupSize).toBe(5);
    const [first, second] = analysis.questions;

    const pick = itemOf(first, "pick-one");
    // 11 of 20 right (L4–L12, L16, L17); upper group 2 of 5 right, lower group 2 of 5: D = 0.
    expect(pick).toMatchObject({ attempts: 20, learners: 20, facility: 0.55, discrimination: 0, status: "live", enoughData: true });
    // Pearson's r of (right?) against the bank totals; Python gives −0.1539226.
    expect(pick.pointBiserial).toBeCloseTo(-0.1539226, 6);
    // 19 answers under the cap: (19 × 10 s + (1 + … + 19) s) / 19 = 20 s.
    expect(pick.averageMs).toBe(20_000);
    const share = Object.fromEntries((pick.options ?? []).map((o) => [o.label, [o.right, o.learners, o.share]]));
    expect(share).toEqual({ Alpha: [false, 5, 0.25], Beta: [true, 11, 0.55], Gamma: [false, 4, 0.2], Delta: [false, 0, 0] });
    expect(pick.flags.map((f) => f.kind).sort()).toEqual(["distractor_beats_answer", "unpicked_distractor", "weak_discrimination"]);
    expect(pick.flags.find((f) => f.kind === "distractor_beats_answer")?.message).toContain("“Gamma” more often than the right answer (3 against 2)");

    const tf = itemOf(first, "tf");
    // 11 right of 21 attempts; upper group all wrong (0), lower group all right (1): D = −1.
    expect(tf).toMatchObject({ attempts: 21, learners: 20, discrimination: -1, averageMs: 5000 });
    expect(tf.facility).toBeCloseTo(11 / 21, 12);
    expect(tf.pointBiserial).toBeCloseTo(-0.8561712, 6);
    expect(tf.options?.map((o) => [o.label, o.learners])).toEqual([
      ["True", 10],
      ["False", 10],
    ]);
    // All five strong learners answer "False": more than the right answer's none.
    expect(tf.flags.map((f) => f.kind)).toEqual(["negative_discrimination", "distractor_beats_answer"]);

    const recall = itemOf(first, "recall");
    expect(recall).toMatchObject({ attempts: 0, facility: null, discrimination: null, pointBiserial: null, averageMs: null, enoughData: false, flags: [], options: null });

    // Q1 as a whole: 22 right of 41; per-learner Q1 scores give upper 0.2 and lower 0.7333.
    expect(first).toMatchObject({ number: 1, attempts: 41, learners: 20 });
    expect(first?.facility).toBeCloseTo(22 / 41, 12);
    expect(first?.discrimination).toBeCloseTo(0.2 - 11 / 15, 12);
    expect(first?.pointBiserial).toBeCloseTo(-0.6595857, 6);
    // (19 × 10 s + 190 s + 21 × 5 s) / 40 answers.
    expect(first?.averageMs).toBe(12_125);
    expect(first?.flags.map((f) => f.kind)).toEqual(["negative_discrimination"]);

    // Q2: 570 right of 1,200; upper 0.85, lower 0.1.
    expect(second).toMatchObject({ number: 2, attempts: 1200, facility: 0.475, averageMs: null, flags: [] });
    expect(second?.discrimination).toBeCloseTo(0.75, 12);
    expect(second?.pointBiserial).toBeCloseTo(0.9994229, 6);
  });

  it("is for authors and admins only", async () => {
    await expectAppError(getBankItemAnalysis({ actor: learner, bankSlug: slug }), "FORBIDDEN");
    await expectAppError(getBankItemAnalysis({ actor: null, bankSlug: slug }), "UNAUTHORIZED");
    await expectAppError(getBankItemAnalysis({ actor: author, bankSlug: "no-such-bank" }), "NOT_FOUND");
  });
});

describe("retiring an item", () => {
  it("takes it out of quizzes and review queues, keeps its attempts, and survives new versions and re-imports", async () => {
    const pick = rows.get("pick-one")!;
    // A learner meets the item in a quiz: a review card for it.
    const quiz = await startQuiz({ actor: learner, input: { bank: slug, tags: [], count: 1, feedback: "immediate", source: "all" }, onlyItemIds: [pick.id] });
    await answerQuizItem({
      actor: learner,
      quizId: quiz.id,
      input: { position: 0, response: { kind: "single_choice", choice: pick.item.options.indexOf("Alpha") }, idempotencyKey: crypto.randomUUID() },
    });
    const card = () => db.reviewCard.findFirstOrThrow({ where: { userId: learner.id, questionId: q1.id, itemKey: "pick-one" }, select: { quizItemId: true } });
    expect((await card()).quizItemId).toBe(pick.id);
    const later = new Date(Date.now() + 30 * 86_400_000);
    const queued = async () => (await getReviewQueue({ actor: learner, bank: slug, now: later })).entries.map((e) => e.prompt);
    expect(await queued()).toContain("Which one is right?");
    const attemptsBefore = await db.attempt.count({ where: { quizItemId: pick.id } });

    await expectAppError(setItemRetired({ actor: learner, input: { retired: true, questionId: q1.id, itemKey: "pick-one", reason: "Ambiguous." } }), "FORBIDDEN");
    await expectAppError(setItemRetired({ actor: author, input: { retired: true, questionId: q1.id, itemKey: "no-such-item", reason: "Ambiguous." } }), "NOT_FOUND");
    expect(await db.itemRetirement.count({ where: { questionId: q1.id } })).toBe(0);

    await setItemRetired({ actor: author, input: { retired: true, questionId: q1.id, itemKey: "pick-one", reason: "Gamma is defensible too." } });
    expect((await card()).quizItemId).toBeNull();
    expect(await queued()).not.toContain("Which one is right?");
    await expect(startQuiz({ actor: learner, input: { bank: slug, tags: [], count: 5, feedback: "immediate", source: "all" }, onlyItemIds: [pick.id] })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.attempt.count({ where: { quizItemId: pick.id } })).toBe(attemptsBefore);
    const analysis = await getBankItemAnalysis({ actor: author, bankSlug: slug });
    expect(itemOf(analysis.questions[0], "pick-one")).toMatchObject({ status: "retired", retirement: { reason: "Gamma is defensible too.", by: "analyst" }, attempts: 21 });

    // A new version keeping the item: its item is born retired; the other item is not.
    const head = await db.question.findUniqueOrThrow({ where: { id: q1.id }, select: { headVersion: true } });
    const saved = await saveQuestionDraft({
      actor: author,
      input: ZSaveDraft.parse({
        questionId: q1.id,
        baseVersion: head.headVersion,
        content: { title: "Items to analyse", difficulty: "easy", tags: ["demo"], bodyMarkdown: Q1_BODY.replace("Two hand-written items.", "Two hand-written items, edited.") },
      }),
    });
    await publishQuestionVersion({ actor: author, input: { questionId: q1.id, version: saved.version } });
    const live = async () =>
      (await db.quizItem.findMany({ where: { questionVersion: { publishedBy: { id: q1.id } } }, select: { key: true, retiredAt: true } }))
        .map((r) => [r.key, r.retiredAt !== null])
        .sort();
    expect(await live()).toEqual([
      ["pick-one", true],
      ["recall", false],
      ["tf", false],
    ]);

    // A re-import with --prefer-file (the question was edited in the browser): still retired.
    writeFileSync(
      join(folder, slug, "001-items.md"),
      questionText({ number: 1, title: "Items to analyse", body: Q1_BODY.replace("Two hand-written items.", "Two items, from the file.") }),
    );
    expect((await importContent({ dir: folder, preferFile: true })).banks[0]).toMatchObject({ updated: 1 });
    expect(await live()).toEqual([
      ["pick-one", true],
      ["recall", false],
      ["tf", false],
    ]);

    // Un-retired: every version's row comes back, the card follows the published one.
    await setItemRetired({ actor: author, input: { retired: false, questionId: q1.id, itemKey: "pick-one" } });
    expect(await live()).toEqual([
      ["pick-one", false],
      ["recall", false],
      ["tf", false],
    ]);
    expect(await db.quizItem.count({ where: { questionId: q1.id, key: "pick-one", retiredAt: { not: null } } })).toBe(0);
    const current = await db.quizItem.findFirstOrThrow({ where: { key: "pick-one", questionVersion: { publishedBy: { id: q1.id } } }, select: { id: true } });
    expect((await card()).quizItemId).toBe(current.id);
    expect(await queued()).toContain("Which one is right?");
  });
});
