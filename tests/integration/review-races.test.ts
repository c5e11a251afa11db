// Many answers to one review card at the same moment (a learner's double clicks, a retrying
// client, two tabs): each is stored once or gets the stored result back, and the card moves once
// per answer stored. On PostgreSQL, 50 concurrent answers once ran out of card-race retries and
// answered 409.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { importContent } from "@/lib/server/data/content/import-content";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { ZAnswerReview } from "@/lib/contracts/review";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const CONCURRENT = 50;
const slug = uniqueSlug("races");
const qid: Record<number, string> = {};
let learner: TActor;

beforeAll(async () => {
  const dir = writeFixtureBank(
    slug,
    [1, 2, 3].map((n) => ({ file: `00${n}-q.md`, text: questionText({ number: n, title: `Question ${n}`, body: "Prose only." }) })),
  );
  expect((await importContent({ dir })).errors).toEqual([]);
  for (const row of await db.question.findMany({ where: { bank: { slug } }, select: { id: true, number: true } })) qid[row.number] = row.id;
  const user = await createUser({ name: "R", email: `r-${slug}@example.com`, password: "a-long-password" });
  learner = { id: user.id, role: user.role };
});
afterAll(() => db.$disconnect());

/** A recall card due now: a self-assessment "review" puts it in its first learning step. */
async function dueCard(questionId: string): Promise<string> {
  await createSelfAssessment({ actor: learner, input: { kind: "self_assess", questionId, rating: "review", idempotencyKey: crypto.randomUUID() } });
  const card = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId_itemKey: { userId: learner.id, questionId, itemKey: "recall" } }, select: { id: true } });
  return card.id;
}

async function settle<T>(runs: Promise<T>[]): Promise<{ ok: T[]; errors: unknown[] }> {
  const settled = await Promise.allSettled(runs);
  return {
    ok: settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : [])),
    errors: settled.flatMap((s) => (s.status === "rejected" ? [s.reason] : [])),
  };
}

describe(`${CONCURRENT} concurrent answers to one review card`, () => {
  it("with one idempotency key: one stored answer, every other request gets it back", async () => {
    const cardId = await dueCard(qid[1]!);
    const reviewsBefore = await db.reviewLog.count({ where: { cardId } });
    const input = ZAnswerReview.parse({ ref: `card:${cardId}`, response: { kind: "recall", rating: "good" }, idempotencyKey: crypto.randomUUID(), durationMs: 3000 });
    const { ok, errors } = await settle(Array.from({ length: CONCURRENT }, () => answerReview({ actor: learner, input })));
    expect(errors).toEqual([]);
    expect(ok.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(ok.map((r) => r.logId)).size).toBe(1);
    expect(await db.attempt.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(reviewsBefore + 1);
  });

  it("with one key for a new item: one card is made and every request gets its result", async () => {
    const input = ZAnswerReview.parse({ ref: `new:${qid[2]}`, response: { kind: "recall", rating: "again" }, idempotencyKey: crypto.randomUUID() });
    const { ok, errors } = await settle(Array.from({ length: CONCURRENT }, () => answerReview({ actor: learner, input })));
    expect(errors).toEqual([]);
    expect(ok.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.reviewCard.count({ where: { userId: learner.id, questionId: qid[2]! } })).toBe(1);
    expect(await db.attempt.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("with a key each: the card takes the first answer, the others are told it is no longer due, and nothing else is written", async () => {
    const cardId = await dueCard(qid[3]!);
    const attemptsBefore = await db.attempt.count({ where: { userId: learner.id } });
    const reviewsBefore = await db.reviewLog.count({ where: { cardId } });
    const inputs = Array.from({ length: CONCURRENT }, () =>
      ZAnswerReview.parse({ ref: `card:${cardId}`, response: { kind: "recall", rating: "easy" }, idempotencyKey: crypto.randomUUID() }),
    );
    const { ok, errors } = await settle(inputs.map((input) => answerReview({ actor: learner, input })));
    // "Easy" schedules the card days ahead, so once one answer is stored the card is not due.
    expect(ok).toHaveLength(1);
    expect(errors).toHaveLength(CONCURRENT - 1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("CONFLICT");
      expect((error as AppError).message).toMatch(/not due yet/);
    }
    expect(await db.attempt.count({ where: { userId: learner.id } })).toBe(attemptsBefore + 1);
    expect(await db.reviewLog.count({ where: { cardId } })).toBe(reviewsBefore + 1);
  });
});
