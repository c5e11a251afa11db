import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { finishQuiz } from "@/lib/server/data/quizzes/finish-quiz";
import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";
import { ZStartQuiz } from "@/lib/contracts/quizzes";
import { retakeMistakes } from "@/lib/server/data/quizzes/retake-mistakes";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { createUser } from "@/lib/server/data/users/create-user";
import { buildRightResponse, buildWrongResponse } from "@/lib/quiz";
import { ZQuizItem, type TQuizItem, type TResponse } from "@/lib/quiz/schemas";
import type { TActor } from "@/lib/server/permissions/roles";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const TABLE = [
  "| Aspect | Threading | Async |",
  "|---|---|---|",
  "| Switching | The OS may pre-empt at any bytecode | Only at explicit await points |",
  "| Blocking call | Stalls only the caller | Stalls every task on the loop |",
  "| Memory per unit | About 8 MB of reserved stack | A few kilobytes |",
  "| Best for | Blocking libraries with no async API | Many thousands of sockets |",
].join("\n");
// Three subjects: the only tables that get fill-the-cell items (same-row distractors).
const TABLE_OF_THREE = [
  "| Aspect | Process | Thread | Coroutine |",
  "|---|---|---|---|",
  "| Scheduled by | The OS kernel, in its own address space | The OS kernel, sharing memory | An event loop in user space |",
  "| Creation cost | Milliseconds | Tens of microseconds | Under a microsecond |",
  "| Sensible count | About one per core | Up to a few hundred | Tens of thousands |",
  "| Typical use | Number crunching | Blocking I/O libraries | Many idle sockets |",
].join("\n");
const AUTHORED = ["```quiz", "kind: short_text", "prompt: Which module provides the event loop?", "answer: [asyncio]", "explanation: asyncio ships the event loop.", "```"].join(
  "\n",
);

const slug = uniqueSlug("quiz");
let dir: string;
let actor: TActor;
let stranger: TActor;

beforeAll(async () => {
  dir = writeFixtureBank(slug, [
    {
      file: "001-a.md",
      text: questionText({ number: 1, title: "Threads and async", body: `Intro.\n\n${TABLE}\n\n${TABLE_OF_THREE}\n\n${AUTHORED}`, tags: ["concurrency"], difficulty: "medium" }),
    },
    { file: "002-b.md", text: questionText({ number: 2, title: "Plain recall", body: "Just prose.", tags: ["basics"] }) },
  ]);
  const summary = await importContent({ dir });
  expect(summary.errors).toEqual([]);
  const a = await createUser({ name: "Q", email: `q-${slug}@example.com`, password: "a-long-password" });
  const b = await createUser({ name: "S", email: `s-${slug}@example.com`, password: "a-long-password" });
  actor = { id: a.id, role: a.role };
  stranger = { id: b.id, role: b.role };
});
afterAll(() => db.$disconnect());

const input = (overrides: Record<string, unknown> = {}) => ZStartQuiz.parse({ bank: slug, count: 6, ...overrides });
const key = () => crypto.randomUUID();

async function itemAt(quizId: string, position: number): Promise<TQuizItem> {
  const row = await db.quizSessionItem.findFirstOrThrow({ where: { sessionId: quizId, position }, select: { quizItem: { select: { payload: true } } } });
  return ZQuizItem.parse(row.quizItem.payload);
}

describe("quizzes", () => {
  it("creates items per version on import: recall cards, authored and generated", async () => {
    const items = await db.quizItem.findMany({ where: { questionVersion: { question: { bank: { slug } } } }, select: { generator: true, kind: true } });
    const generators = new Set(items.map((i) => i.generator));
    expect(items.filter((i) => i.kind === "recall")).toHaveLength(2);
    expect(items.some((i) => i.kind === "short_text")).toBe(true);
    for (const g of ["which-subject", "true-false", "matching", "odd-one-out", "fill-the-cell"]) expect(generators).toContain(g);
  });

  it("selects distinct items, spreading over questions, filtered by source and tags", async () => {
    const quiz = await startQuiz({ actor, input: input({ count: 8 }), seed: 7 });
    const rows = await db.quizSessionItem.findMany({
      where: { sessionId: quiz.id },
      orderBy: { position: "asc" },
      select: { quizItemId: true, quizItem: { select: { questionId: true } } },
    });
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.quizItemId)).size).toBe(8);
    expect(new Set(rows.slice(0, 2).map((r) => r.quizItem.questionId)).size).toBe(2);

    const generated = await startQuiz({ actor, input: input({ source: "generated" }), seed: 1 });
    const kinds = await db.quizSessionItem.findMany({ where: { sessionId: generated.id }, select: { quizItem: { select: { generator: true } } } });
    expect(kinds.every((k) => k.quizItem.generator !== "authored")).toBe(true);

    const basics = await startQuiz({ actor, input: input({ tags: ["basics"] }) });
    expect(await db.quizSessionItem.count({ where: { sessionId: basics.id } })).toBe(1);
    await expect(startQuiz({ actor, input: input({ tags: ["nope"] }) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(startQuiz({ actor, input: input({ bank: "no-such-bank" }) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("grades on the server, stores one attempt per double submit, and resumes at the first unanswered item", async () => {
    const quiz = await startQuiz({ actor, input: input({ source: "generated", count: 3 }), seed: 3 });
    const first = await itemAt(quiz.id, 0);
    const k = key();
    const [a, b] = await Promise.all([
      answerQuizItem({ actor, quizId: quiz.id, input: { position: 0, response: buildRightResponse(first), idempotencyKey: k, durationMs: 1200 } }),
      answerQuizItem({ actor, quizId: quiz.id, input: { position: 0, response: buildRightResponse(first), idempotencyKey: k, durationMs: 1200 } }),
    ]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.result).toMatchObject({ correct: true, score: 1 });
    expect(await db.attempt.count({ where: { idempotencyKey: k } })).toBe(1);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { idempotencyKey: k }, select: { quizSessionId: true, quizItemId: true, durationMs: true, correct: true } });
    expect(attempt).toMatchObject({ quizSessionId: quiz.id, durationMs: 1200, correct: true });

    const view = await getQuiz({ actor, quizId: quiz.id });
    expect(view.current).toBe(1);
    expect(view.items[0]?.result?.correct).toBe(true);
    expect(view.items[1]?.result).toBeNull();
  });

  it("refuses tampered answers with 4xx codes and stores nothing", async () => {
    const quiz = await startQuiz({ actor, input: input({ source: "generated", count: 2 }), seed: 5 });
    const item = await itemAt(quiz.id, 0);
    const before = await db.attempt.count();
    const attempt = (position: number, response: TResponse, who: TActor = actor, quizId = quiz.id) =>
      answerQuizItem({ actor: who, quizId, input: { position, response, idempotencyKey: key() } });
    const outOfRange: TResponse = item.kind === "matching" ? { kind: "matching", pairs: [[0, 99]] } : { kind: item.kind as "single_choice", choice: 99 };
    await expect(attempt(0, outOfRange)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(0, { kind: "short_text", text: "wrong kind" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(7, buildRightResponse(item))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(0, buildRightResponse(item), stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(attempt(0, buildRightResponse(item), actor, "not-a-quiz")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuiz({ actor: stranger, quizId: quiz.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.attempt.count()).toBe(before);

    await attempt(0, buildRightResponse(item));
    await expect(attempt(0, buildRightResponse(item))).rejects.toMatchObject({ code: "CONFLICT" });
    await finishQuiz({ actor, quizId: quiz.id });
    const second = await itemAt(quiz.id, 1);
    await expect(attempt(1, buildRightResponse(second))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.attempt.count()).toBe(before + 1);
  });

  it("hides marks until the end in deferred mode, then reviews and retakes the mistakes", async () => {
    const quiz = await startQuiz({ actor, input: input({ source: "generated", count: 4, feedback: "deferred" }), seed: 11 });
    const results = [];
    for (let position = 0; position < 4; position++) {
      const item = await itemAt(quiz.id, position);
      const response = position % 2 === 0 ? buildRightResponse(item) : buildWrongResponse(item);
      results.push(await answerQuizItem({ actor, quizId: quiz.id, input: { position, response, idempotencyKey: key() } }));
    }
    expect(results.every((r) => r.result === null)).toBe(true);
    expect((await getQuiz({ actor, quizId: quiz.id })).items.every((i) => i.result === null)).toBe(true);
    await expect(retakeMistakes({ actor, quizId: quiz.id })).rejects.toMatchObject({ code: "CONFLICT" });

    await finishQuiz({ actor, quizId: quiz.id });
    const review = await getQuiz({ actor, quizId: quiz.id });
    expect(review.status).toBe("finished");
    expect(review.score).toEqual({ correct: 2, answered: 4, total: 4 });
    expect(review.items.map((i) => i.result?.correct)).toEqual([true, false, true, false]);
    expect(review.items[1]?.result?.explanation).toBeTruthy();

    const retake = await retakeMistakes({ actor, quizId: quiz.id });
    const retakeItems = await db.quizSessionItem.findMany({ where: { sessionId: retake.id }, select: { quizItemId: true } });
    const wrongIds = await db.quizSessionItem.findMany({ where: { sessionId: quiz.id, position: { in: [1, 3] } }, select: { quizItemId: true } });
    expect(retakeItems.map((r) => r.quizItemId).sort()).toEqual(wrongIds.map((r) => r.quizItemId).sort());
  });

  it("gives a changed question new items while old attempts keep their item", async () => {
    const quiz = await startQuiz({ actor, input: input({ tags: ["basics"] }) });
    const oldItem = await itemAt(quiz.id, 0);
    await answerQuizItem({ actor, quizId: quiz.id, input: { position: 0, response: { kind: "recall", rating: "hard" }, idempotencyKey: key() } });
    writeFileSync(join(dir, slug, "002-b.md"), questionText({ number: 2, title: "Plain recall", body: "Reworded prose.", tags: ["basics"] }));
    await importContent({ dir });
    const attempt = await db.attempt.findFirstOrThrow({ where: { quizSessionId: quiz.id }, select: { quizItem: { select: { questionVersion: { select: { version: true } } } } } });
    expect(attempt.quizItem?.questionVersion.version).toBe(1);
    const fresh = await startQuiz({ actor, input: input({ tags: ["basics"] }) });
    const freshRow = await db.quizSessionItem.findFirstOrThrow({
      where: { sessionId: fresh.id },
      select: { quizItem: { select: { questionVersion: { select: { version: true } } } } },
    });
    expect(freshRow.quizItem.questionVersion.version).toBe(2);
    expect(oldItem.kind).toBe("recall");
  });
});
