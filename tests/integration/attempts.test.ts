import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { getQuestionProgress } from "@/lib/server/data/attempts/get-question-progress";
import { importContent } from "@/lib/server/data/content/import-content";
import { listBankQuestions } from "@/lib/server/data/questions/list-bank-questions";
import { listBanks } from "@/lib/server/data/banks/list-banks";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const slug = uniqueSlug("att");
let actor: TActor;
let other: TActor;
let questionId: string;
let bankId: string;

beforeAll(async () => {
  const dir = writeFixtureBank(slug, [
    { file: "001-a.md", text: questionText({ number: 1, title: "Alpha", body: "A." }) },
    { file: "002-b.md", text: questionText({ number: 2, title: "Beta", body: "B." }) },
  ]);
  await importContent({ dir });
  const q = await db.question.findFirstOrThrow({ where: { bank: { slug }, number: 1 }, select: { id: true, bankId: true } });
  questionId = q.id;
  bankId = q.bankId;
  const a = await createUser({ name: "A", email: `a-${slug}@example.com`, password: "a-long-password" });
  const b = await createUser({ name: "B", email: `b-${slug}@example.com`, password: "a-long-password" });
  actor = { id: a.id, role: a.role };
  other = { id: b.id, role: b.role };
});
afterAll(() => db.$disconnect());

const input = (overrides: Partial<{ rating: "knew" | "review"; idempotencyKey: string; questionId: string }> = {}) => ({
  kind: "self_assess" as const,
  questionId,
  rating: "knew" as const,
  idempotencyKey: crypto.randomUUID(),
  ...overrides,
});

describe("self-assessment attempts", () => {
  it("stores an attempt against the published version and shows progress", async () => {
    const attempt = await createSelfAssessment({ actor, input: input({ rating: "review" }) });
    expect(attempt).toMatchObject({ questionId, kind: "self_assess", correct: false, replayed: false });
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { questionVersionId: true, response: true } });
    const question = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { publishedVersionId: true } });
    expect(stored.questionVersionId).toBe(question.publishedVersionId);
    expect(stored.response).toEqual({ rating: "review" });
    expect(await getQuestionProgress({ actor, questionId })).toMatchObject({ answered: true, attemptCount: 1 });
    expect(await getQuestionProgress({ actor: other, questionId })).toMatchObject({ answered: false, attemptCount: 0 });
  });

  it("stores one row for a double submit with the same idempotency key", async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all([
      createSelfAssessment({ actor, input: input({ idempotencyKey: key }) }),
      createSelfAssessment({ actor, input: input({ idempotencyKey: key }) }),
    ]);
    expect(results[0].id).toBe(results[1].id);
    expect(await db.attempt.count({ where: { idempotencyKey: key } })).toBe(1);
    const again = await createSelfAssessment({ actor, input: input({ idempotencyKey: key }) });
    expect(again).toMatchObject({ id: results[0].id, replayed: true });
  });

  it("refuses a reused key for a different answer or user and stores nothing", async () => {
    const key = crypto.randomUUID();
    await createSelfAssessment({ actor, input: input({ idempotencyKey: key }) });
    await expect(createSelfAssessment({ actor, input: input({ idempotencyKey: key, rating: "review" }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createSelfAssessment({ actor: other, input: input({ idempotencyKey: key }) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.attempt.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("refuses an unknown question with NOT_FOUND and stores nothing", async () => {
    const before = await db.attempt.count();
    const error = await createSelfAssessment({ actor, input: input({ questionId: "does-not-exist" }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
    expect(await db.attempt.count()).toBe(before);
  });

  it("marks answered questions on the bank list and counts them on the home page", async () => {
    const rows = await listBankQuestions({ bankId, actor });
    expect(rows.map((r) => [r.number, r.answered])).toEqual([
      [1, true],
      [2, false],
    ]);
    const anonymous = await listBankQuestions({ bankId, actor: null });
    expect(anonymous.every((r) => !r.answered)).toBe(true);
    const banks = await listBanks({ actor });
    expect(banks.find((b) => b.slug === slug)).toMatchObject({ questionCount: 2, size: 10, answeredCount: 1 });
  });
});
