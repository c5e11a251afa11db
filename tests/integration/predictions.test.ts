import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { getQuestionProgress } from "@/lib/server/data/attempts/get-question-progress";
import { answerPrediction } from "@/lib/server/data/predictions/answer-prediction";
import { listQuestionPredictions } from "@/lib/server/data/predictions/list-question-predictions";
import { ZAnswerPrediction, type TPredictionView } from "@/lib/contracts/predictions";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { ZStartQuiz } from "@/lib/contracts/quizzes";
import { createUser } from "@/lib/server/data/users/create-user";
import { AppError } from "@/lib/errors";
import { ZQuizItem } from "@/lib/quiz/schemas";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

// Two workers sleep for different times, so the printed order is decided by the scheduler, not
// by the order of the source lines.
const PROGRAM = [
  "import threading, time",
  "",
  "def worker(name, delay):",
  "    time.sleep(delay)",
  '    print(name, "done")',
  "",
  'slow = threading.Thread(target=worker, args=("slow", 0.3))',
  'fast = threading.Thread(target=worker, args=("fast", 0.1))',
  "slow.start(); fast.start()",
  'print("main waits")',
  "slow.join(); fast.join()",
  'print("all done")',
].join("\n");
const PRINTED = ["main waits", "fast done", "slow done", "all done"];

const slug = uniqueSlug("predict");
let actor: TActor;
let questionId: string;
let views: TPredictionView[];
let dir: string;

beforeAll(async () => {
  dir = writeFixtureBank(slug, [
    { file: "001-a.md", text: questionText({ number: 1, title: "Who prints first?", body: `Intro.\n\n\`\`\`python sandbox predict\n${PROGRAM}\n\`\`\`\n` }) },
  ]);
  const summary = await importContent({ dir });
  expect(summary.errors).toEqual([]);
  const user = await createUser({ name: "P", email: `p-${slug}@example.com`, password: "a-long-password" });
  actor = { id: user.id, role: user.role };
  const question = await db.question.findFirstOrThrow({ where: { bank: { slug } }, select: { id: true, publishedVersionId: true } });
  questionId = question.id;
  views = await listQuestionPredictions({ questionVersionId: question.publishedVersionId as string });
});
afterAll(() => db.$disconnect());

const view = (target: "output" | "time") => views.find((v) => v.target === target) as TPredictionView;
const orderOf = (options: string[], lines: string[]) => lines.map((line) => options.indexOf(line));
const input = (itemKey: string, response: unknown) => ZAnswerPrediction.parse({ questionId, itemKey, response, idempotencyKey: crypto.randomUUID() });

describe("predict-the-output items", () => {
  it("are made at import for the block, one per target, without answers in the page view", () => {
    expect(views.map((v) => v.key).sort()).toEqual(["predict-output-1", "predict-time-1"]);
    expect([...view("output").options].sort()).toEqual([...PRINTED].sort());
    expect(view("output").options).not.toEqual(PRINTED);
    expect(view("time").options).toContain("0.30 s");
    expect(JSON.stringify(views)).not.toContain("answer");
  });

  it("grades a right and a wrong order by running the program, and stores each as an attempt", async () => {
    const output = view("output");
    const right = await answerPrediction({ actor, input: input(output.key, { kind: "ordering", order: orderOf(output.options, PRINTED) }) });
    expect(right).toMatchObject({ correct: true, score: 1, expected: PRINTED, replayed: false });
    const swapped = [PRINTED[0], PRINTED[2], PRINTED[1], PRINTED[3]] as string[];
    const wrong = await answerPrediction({ actor, input: input(output.key, { kind: "ordering", order: orderOf(output.options, swapped) }) });
    expect(wrong).toMatchObject({ correct: false, score: 0, expected: PRINTED });
    const stored = await db.attempt.findMany({ where: { userId: actor.id, questionId }, select: { kind: true, correct: true, quizItemId: true }, orderBy: { createdAt: "asc" } });
    expect(stored.map((a) => [a.kind, a.correct])).toEqual([
      ["predict_output", true],
      ["predict_output", false],
    ]);
    expect(stored.every((a) => a.quizItemId !== null)).toBe(true);
  });

  it("grades the total virtual time", async () => {
    const time = view("time");
    const result = await answerPrediction({ actor, input: input(time.key, { kind: "single_choice", choice: time.options.indexOf("0.30 s") }) });
    expect(result).toMatchObject({ correct: true, expected: ["0.30 s"] });
  });

  it("replays a double submit as one attempt and rejects a reused key with another answer", async () => {
    const time = view("time");
    const once = input(time.key, { kind: "single_choice", choice: 0 });
    const [a, b] = await Promise.all([answerPrediction({ actor, input: once }), answerPrediction({ actor, input: once })]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.attempt.count({ where: { idempotencyKey: once.idempotencyKey } })).toBe(1);
    const reused = { ...once, response: { kind: "single_choice" as const, choice: 1 } };
    await expect(answerPrediction({ actor, input: reused })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a response that does not fit, an unknown item and an unknown question, storing nothing", async () => {
    const before = await db.attempt.count({ where: { userId: actor.id } });
    const output = view("output");
    const cases = [
      input(output.key, { kind: "ordering", order: [0, 0, 1, 2] }),
      input(output.key, { kind: "single_choice", choice: 0 }),
      input("predict-output-9", { kind: "ordering", order: [0, 1, 2, 3] }),
      { ...input(output.key, { kind: "ordering", order: [0, 1, 2, 3] }), questionId: "nope" },
    ];
    const codes = [];
    for (const bad of cases) codes.push(await answerPrediction({ actor, input: bad }).catch((e: unknown) => (e instanceof AppError ? e.code : String(e))));
    expect(codes).toEqual(["VALIDATION", "VALIDATION", "NOT_FOUND", "NOT_FOUND"]);
    expect(ZAnswerPrediction.safeParse({ questionId, itemKey: "recall", response: { kind: "recall", rating: "good" }, idempotencyKey: crypto.randomUUID() }).success).toBe(false);
    expect(await db.attempt.count({ where: { userId: actor.id } })).toBe(before);
  });

  it("are graded the same way inside a quiz", async () => {
    const quiz = await startQuiz({ actor, input: ZStartQuiz.parse({ bank: slug, count: 5 }) });
    const slots = await db.quizSessionItem.findMany({
      where: { sessionId: quiz.id },
      orderBy: { position: "asc" },
      select: { position: true, quizItem: { select: { payload: true } } },
    });
    const slot = slots.find((s) => ZQuizItem.parse(s.quizItem.payload).program?.target === "output");
    expect(slot).toBeDefined();
    const item = ZQuizItem.parse(slot!.quizItem.payload);
    const answered = await answerQuizItem({
      actor,
      quizId: quiz.id,
      input: { position: slot!.position, response: { kind: "ordering", order: orderOf(item.options, PRINTED) }, idempotencyKey: crypto.randomUUID() },
    });
    expect(answered.result?.correct).toBe(true);
  });

  it("are replaced on the next import when the program's output changed, keeping old attempts on the old item", async () => {
    // As if an older engine had printed a different last line when the item was made.
    const question = await db.question.findFirstOrThrow({ where: { id: questionId }, select: { publishedVersionId: true } });
    const stale = await db.quizItem.findFirstOrThrow({ where: { questionVersionId: question.publishedVersionId!, key: "predict-output-1" }, select: { id: true, payload: true } });
    const payload = ZQuizItem.parse(stale.payload);
    await db.quizItem.update({ where: { id: stale.id }, data: { payload: { ...payload, options: payload.options.map((o) => (o === "all done" ? "all finished" : o)) } } });
    await expect(answerPrediction({ actor, input: input("predict-output-1", { kind: "ordering", order: [0, 1, 2, 3] }) })).rejects.toMatchObject({ code: "CONFLICT" });

    const summary = await importContent({ dir });
    expect(summary.errors).toEqual([]);
    const refreshed = await listQuestionPredictions({ questionVersionId: question.publishedVersionId! });
    expect(refreshed.map((v) => v.key).sort()).toEqual(["predict-output-1@2", "predict-time-1"]);
    const current = refreshed.find((v) => v.target === "output")!;
    expect((await answerPrediction({ actor, input: input(current.key, { kind: "ordering", order: orderOf(current.options, PRINTED) }) })).correct).toBe(true);
    await expect(answerPrediction({ actor, input: input("predict-output-1", { kind: "ordering", order: [0, 1, 2, 3] }) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.attempt.count({ where: { quizItemId: stale.id } })).toBeGreaterThan(0);
    // Progress reports the latest prediction per block and target, across replaced items.
    const progress = await getQuestionProgress({ actor, questionId });
    expect(progress.predictions.map((p) => [p.itemKey, p.correct]).sort()).toEqual([
      ["predict-output-1", true],
      ["predict-time-1", false],
    ]);
    // A second import finds nothing to replace.
    await importContent({ dir });
    expect((await listQuestionPredictions({ questionVersionId: question.publishedVersionId! })).map((v) => v.key).sort()).toEqual(["predict-output-1@2", "predict-time-1"]);
  });
});
