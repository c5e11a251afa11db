// Answers have a ceiling now, but rows stored before it can be megabytes long: reading a quiz
// back must never send one out whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHORT_TEXT_MAX, ZResponse } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { streamMyAttempts } from "@/lib/server/data/exports/stream-my-data";
import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";
import { ZStartQuiz } from "@/lib/contracts/quizzes";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const AUTHORED = ["```quiz", "kind: short_text", "prompt: Which module provides the event loop?", "answer: [asyncio]", "explanation: asyncio ships the event loop.", "```"].join(
  "\n",
);
const slug = uniqueSlug("stored");
let actor: TActor;

beforeAll(async () => {
  const dir = writeFixtureBank(slug, [{ file: "001-a.md", text: questionText({ number: 1, title: "Event loops", body: `Prose.\n\n${AUTHORED}` }) }]);
  expect((await importContent({ dir })).errors).toEqual([]);
  const user = await createUser({ name: "L", email: `l-${slug}@example.com`, password: "a-long-password" });
  actor = { id: user.id, role: user.role };
});
afterAll(() => db.$disconnect());

describe("stored answers", () => {
  it("refuses a short-text answer over the ceiling", () => {
    expect(ZResponse.safeParse({ kind: "short_text", text: "x".repeat(SHORT_TEXT_MAX) }).success).toBe(true);
    const over = ZResponse.safeParse({ kind: "short_text", text: "x".repeat(SHORT_TEXT_MAX + 1) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe(`Use at most ${SHORT_TEXT_MAX} characters.`);
  });

  it("clips a huge stored short-text answer when a quiz is read back", async () => {
    const quiz = await startQuiz({ actor, input: ZStartQuiz.parse({ bank: slug, count: 5, source: "all" }) });
    const view = await getQuiz({ actor, quizId: quiz.id });
    const slot = view.items.find((i) => i.kind === "short_text");
    expect(slot).toBeDefined();
    await answerQuizItem({ actor, quizId: quiz.id, input: { position: slot!.position, response: { kind: "short_text", text: "asyncio" }, idempotencyKey: crypto.randomUUID() } });
    // A row from before the ceiling: a 2 MB answer.
    const link = await db.quizSessionItem.findFirstOrThrow({ where: { sessionId: quiz.id, position: slot!.position }, select: { attemptId: true } });
    await db.attempt.update({ where: { id: link.attemptId! }, data: { response: { kind: "short_text", text: "y".repeat(2 * 1024 * 1024) } } });

    const after = await getQuiz({ actor, quizId: quiz.id });
    const result = after.items.find((i) => i.position === slot!.position)?.result;
    expect(result?.response.kind).toBe("short_text");
    const text = result?.response.kind === "short_text" ? result.response.text : "";
    expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
    expect(text.endsWith("…")).toBe(true);
    expect(JSON.stringify(after).length).toBeLessThan(64 * 1024);
  });

  it("clips the same answer in the data export, and exports every row", async () => {
    const rows = [];
    for await (const row of streamMyAttempts({ actor })) rows.push(row);
    expect(rows.length).toBe(await db.attempt.count({ where: { userId: actor.id } }));
    const long = rows.find((r) => (r.response as { kind?: string }).kind === "short_text");
    const text = (long?.response as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(SHORT_TEXT_MAX);
    expect(text.endsWith("…")).toBe(true);
    expect(JSON.stringify(rows).length).toBeLessThan(64 * 1024);
  });
});
