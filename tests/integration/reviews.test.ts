import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { db } from "@/lib/server/db";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { importContent } from "@/lib/server/data/content/import-content";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { ZStartQuiz } from "@/lib/contracts/quizzes";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { getReviewSummary } from "@/lib/server/data/reviews/get-review-summary";
import { ZAnswerReview } from "@/lib/contracts/review";
import { undoReview } from "@/lib/server/data/reviews/undo-review";
import { createUser } from "@/lib/server/data/users/create-user";
import { buildRightResponse } from "@/lib/quiz";
import { ZQuizItem, type TResponse } from "@/lib/quiz/schemas";
import { toCard } from "@/lib/server/data/reviews/record-review";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const TABLE = [
  "| Aspect | Lock | RLock | Semaphore |",
  "|---|---|---|---|",
  "| Re-entrant by its holder | No | Yes | Not applicable |",
  "| Holders at once | One thread | One thread, several times | Up to its counter |",
  "| Typical use | Guarding one shared value | Recursive code under one lock | Capping concurrent access |",
].join("\n");

const slug = uniqueSlug("srs");
let dir: string;
let learner: TActor;
let stranger: TActor;
const qid: Record<number, string> = {};

const key = () => crypto.randomUUID();
const review = (actor: TActor, ref: string, response: TResponse, now: Date, extra: Record<string, unknown> = {}) =>
  answerReview({ actor, now, input: ZAnswerReview.parse({ ref, response, idempotencyKey: key(), durationMs: 4000, ...extra }) });

beforeAll(async () => {
  dir = writeFixtureBank(slug, [
    { file: "001-locks.md", text: questionText({ number: 1, title: "Lock or RLock?", body: `Locks.\n\n${TABLE}`, tags: ["locks"] }) },
    { file: "002-b.md", text: questionText({ number: 2, title: "Second", body: "Prose only." }) },
    { file: "003-c.md", text: questionText({ number: 3, title: "Third", body: "Prose only." }) },
  ]);
  expect((await importContent({ dir })).errors).toEqual([]);
  for (const row of await db.question.findMany({ where: { bank: { slug } }, select: { id: true, number: true } })) qid[row.number] = row.id;
  const a = await createUser({ name: "L", email: `l-${slug}@example.com`, password: "a-long-password" });
  const b = await createUser({ name: "S", email: `s-${slug}@example.com`, password: "a-long-password" });
  learner = { id: a.id, role: a.role };
  stranger = { id: b.id, role: b.role };
});
afterAll(() => db.$disconnect());

describe("spaced repetition", () => {
  it("turns a self-assessment into the question's recall card and serves due and new items", async () => {
    const t0 = new Date();
    await createSelfAssessment({ actor: learner, input: { kind: "self_assess", questionId: qid[1]!, rating: "knew", idempotencyKey: key() } });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId_itemKey: { userId: learner.id, questionId: qid[1]!, itemKey: "recall" } } });
    expect(card).toMatchObject({ state: "learning", reps: 1 });
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: card.id }, select: { source: true, rating: true, state: true } });
    expect(log).toEqual({ source: "self_assess", rating: 3, state: "new" });

    // Good on a new card is due again in ten minutes: inside the 20-minute learn-ahead.
    const queue = await getReviewQueue({ actor: learner, bank: slug, now: t0 });
    expect(queue.entries.map((e) => e.ref).sort()).toEqual([`card:${card.id}`, `new:${qid[2]}`, `new:${qid[3]}`].sort());
    expect(queue.counts).toMatchObject({ due: 1, fresh: 2 });
    expect(queue.entries.every((e) => !("answer" in e))).toBe(true);
    expect(await getReviewSummary({ actor: learner, bank: slug, now: t0 })).toEqual({ due: 1, fresh: 2 });
    expect(await getReviewSummary({ actor: stranger, bank: slug, now: t0 })).toEqual({ due: 0, fresh: 3 });
  });

  it("rates, stores one attempt per submit, and undoes back to the exact card", async () => {
    const now = new Date();
    const cardBefore = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId_itemKey: { userId: learner.id, questionId: qid[1]!, itemKey: "recall" } } });
    const input = ZAnswerReview.parse({ ref: `card:${cardBefore.id}`, response: { kind: "recall", rating: "easy" }, idempotencyKey: key(), durationMs: 3000 });
    const [a, b] = await Promise.all([answerReview({ actor: learner, input, now }), answerReview({ actor: learner, input, now })]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.rating).toBe(4);
    expect(await db.attempt.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    const moved = await db.reviewCard.findUniqueOrThrow({ where: { id: cardBefore.id } });
    expect(moved.state).toBe("review");
    expect(moved.scheduledDays).toBeGreaterThanOrEqual(1);

    // The same key with another answer is a conflict, and stores nothing.
    await expect(answerReview({ actor: learner, now, input: { ...input, response: { kind: "recall", rating: "again" } } })).rejects.toMatchObject({ code: "CONFLICT" });
    // Not due any more today.
    await expect(review(learner, `card:${cardBefore.id}`, { kind: "recall", rating: "good" }, now)).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone else's card does not exist for them.
    await expect(review(stranger, `card:${cardBefore.id}`, { kind: "recall", rating: "good" }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const undone = await undoReview({ actor: learner, input: { logId: a.logId } });
    expect(undone.ref).toBe(`card:${cardBefore.id}`);
    const restored = await db.reviewCard.findUniqueOrThrow({ where: { id: cardBefore.id } });
    expect(toCard(restored)).toEqual(toCard(cardBefore));
    expect(await db.attempt.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
    // Nothing left to undo, and someone else cannot undo.
    await expect(undoReview({ actor: learner, input: { logId: a.logId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("introduces a new item, and undoing its first review takes the card away again", async () => {
    const now = new Date();
    const result = await review(learner, `new:${qid[2]}`, { kind: "recall", rating: "again" }, now);
    expect(result.rating).toBe(1);
    expect(await db.reviewCard.count({ where: { userId: learner.id, questionId: qid[2]! } })).toBe(1);
    await expect(review(learner, `new:${qid[2]}`, { kind: "recall", rating: "good" }, now)).rejects.toMatchObject({ code: "CONFLICT" });
    await undoReview({ actor: learner, input: { logId: result.logId } });
    expect(await db.reviewCard.count({ where: { userId: learner.id, questionId: qid[2]! } })).toBe(0);
  });

  it("refuses answers that do not fit and writes nothing", async () => {
    const now = new Date();
    const before = await db.attempt.count({ where: { userId: learner.id } });
    expect(ZAnswerReview.safeParse({ ref: `new:${qid[3]}`, response: { kind: "recall", rating: "perfect" }, idempotencyKey: key() }).success).toBe(false);
    expect(ZAnswerReview.safeParse({ ref: "card:../../x", response: { kind: "recall", rating: "good" }, idempotencyKey: key() }).success).toBe(false);
    await expect(review(learner, `new:${qid[3]}`, { kind: "single_choice", choice: 0 }, now)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(review(learner, "card:nonexistent", { kind: "recall", rating: "good" }, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.attempt.count({ where: { userId: learner.id } })).toBe(before);
  });

  it("moves the schedule of items answered in a quiz, and keeps it across versions with unchanged items", async () => {
    const quiz = await startQuiz({ actor: learner, input: ZStartQuiz.parse({ bank: slug, count: 3, source: "generated" }), seed: 2 });
    const slot = await db.quizSessionItem.findFirstOrThrow({ where: { sessionId: quiz.id, position: 0 }, select: { quizItem: { select: { payload: true, questionId: true } } } });
    const item = ZQuizItem.parse(slot.quizItem.payload);
    await answerQuizItem({ actor: learner, quizId: quiz.id, input: { position: 0, response: buildRightResponse(item), idempotencyKey: key(), durationMs: 5000 } });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId_itemKey: { userId: learner.id, questionId: qid[1]!, itemKey: item.id } } });
    expect(card).toMatchObject({ reps: 1 });
    expect(await db.reviewLog.count({ where: { cardId: card.id, source: "quiz" } })).toBe(1);

    // A new version with the table untouched keeps the card on the new version's item.
    writeFileSync(join(dir, slug, "001-locks.md"), questionText({ number: 1, title: "Lock or RLock?", body: `Locks, reworded.\n\n${TABLE}`, tags: ["locks"] }));
    await importContent({ dir });
    const relinked = await db.reviewCard.findUniqueOrThrow({ where: { id: card.id }, select: { quizItemId: true, reps: true } });
    const published = await db.question.findUniqueOrThrow({ where: { id: qid[1]! }, select: { publishedVersionId: true } });
    const live = await db.quizItem.findUniqueOrThrow({ where: { id: relinked.quizItemId! }, select: { questionVersionId: true, key: true } });
    expect(live).toEqual({ questionVersionId: published.publishedVersionId, key: item.id });
    expect(relinked.reps).toBe(1);

    // Dropping the table drops its items: the card leaves every queue.
    writeFileSync(join(dir, slug, "001-locks.md"), questionText({ number: 1, title: "Lock or RLock?", body: "No table any more.", tags: ["locks"] }));
    await importContent({ dir });
    expect((await db.reviewCard.findUniqueOrThrow({ where: { id: card.id }, select: { quizItemId: true } })).quizItemId).toBeNull();
  });
});

describe("answers from before spaced repetition", () => {
  it("are replayed into cards once, oldest first, and never again", async () => {
    const { backfillReviews } = await import("@/lib/server/data/reviews/backfill-reviews");
    const user = await createUser({ name: "Old", email: `old-${slug}@example.com`, password: "a-long-password" });
    const version = await db.question.findUniqueOrThrow({ where: { id: qid[3]! }, select: { publishedVersionId: true } });
    // Written the way the app wrote attempts before reviews existed: no card, no log.
    const days = [3, 2, 1].map((d) => new Date(Date.now() - d * 86_400_000));
    for (const [i, createdAt] of days.entries()) {
      await db.attempt.create({
        data: {
          userId: user.id,
          questionId: qid[3]!,
          questionVersionId: version.publishedVersionId!,
          kind: "self_assess",
          response: { rating: i === 1 ? "review" : "knew" },
          correct: i !== 1,
          score: 1,
          idempotencyKey: key(),
          createdAt,
        },
      });
    }
    expect(await backfillReviews()).toBeGreaterThanOrEqual(3);
    const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId_itemKey: { userId: user.id, questionId: qid[3]!, itemKey: "recall" } } });
    expect(card.reps).toBe(3);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: "asc" }, select: { rating: true, reviewedAt: true } });
    expect(logs.map((l) => l.rating)).toEqual([3, 1, 3]);
    expect(logs.map((l) => l.reviewedAt)).toEqual(days);
    expect(await backfillReviews()).toBe(0);
  });
});
