import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import type { TStartQuiz } from "@/lib/contracts/quizzes";
import { createRandom } from "@/lib/quiz";
import { selectQuizItems, type TCandidate } from "./select-quiz-items";

export async function startQuiz(options: { actor: TActor; input: TStartQuiz; onlyItemIds?: string[]; seed?: number }): Promise<{ id: string }> {
  const { actor, input } = options;
  const bank = await db.bank.findUnique({ where: { slug: input.bank }, select: { id: true } });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${input.bank}".`);
  const generatorFilter = input.source === "generated" ? { generator: { not: "authored" } } : input.source === "recall" ? { kind: "recall" as const } : {};
  const items = await db.quizItem.findMany({
    where: {
      ...(options.onlyItemIds ? { id: { in: options.onlyItemIds } } : {}),
      ...generatorFilter,
      retiredAt: null,
      // Only the items of the version learners currently see.
      questionVersion: {
        publishedBy: {
          bankId: bank.id,
          status: "published",
          ...(input.difficulty ? { difficulty: input.difficulty } : {}),
          ...(input.tags.length ? { tags: { some: { tag: { in: input.tags } } } } : {}),
        },
      },
    },
    select: { id: true, questionId: true, attempts: { where: { userId: actor.id }, select: { correct: true } } },
  });
  if (items.length === 0) throw new AppError("VALIDATION", "No quiz items match these filters. Try fewer tags or another difficulty.");
  const candidates: TCandidate[] = items.map((item) => ({
    id: item.id,
    questionId: item.questionId,
    attempts: item.attempts.length,
    correct: item.attempts.filter((a) => a.correct).length,
  }));
  const picked = selectQuizItems(candidates, input.count, createRandom(options.seed ?? Date.now()));
  const session = await db.quizSession.create({
    data: {
      userId: actor.id,
      bankId: bank.id,
      feedback: input.feedback,
      settings: { ...input, count: picked.length },
      items: { create: picked.map((quizItemId, position) => ({ quizItemId, position })) },
    },
    select: { id: true },
  });
  return session;
}
