import "server-only";
import { AppError } from "@/lib/errors";
import { gradeResponse, clipStoredResponse } from "@/lib/quiz";
import type { TQuizItemView, TQuizView } from "@/lib/contracts/quizzes";
import { ZQuizItem, ZResponse } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

// Someone else's quiz is reported as missing, not forbidden, so ids cannot be probed.
export async function getQuiz(options: { actor: TActor; quizId: string }): Promise<TQuizView> {
  const session = await db.quizSession.findFirst({
    where: { id: options.quizId, userId: options.actor.id },
    select: {
      id: true,
      feedback: true,
      status: true,
      settings: true,
      bank: { select: { slug: true, name: true, emoji: true } },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          quizItem: { select: { payload: true, questionVersion: { select: { question: { select: { number: true, title: true } } } } } },
          attempt: { select: { response: true, correct: true, score: true } },
        },
      },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  const reveal = (answered: boolean) => answered && (session.feedback === "immediate" || session.status === "finished");
  const items = session.items.map((row): TQuizItemView => {
    const item = ZQuizItem.parse(row.quizItem.payload);
    const question = row.quizItem.questionVersion.question;
    const href = `/${session.bank.slug}/${question.number}`;
    const answered = row.attempt !== null;
    const response = row.attempt ? ZResponse.safeParse(clipStoredResponse(row.attempt.response)) : null;
    const graded = response?.success ? gradeResponse(item, response.data) : null;
    return {
      position: row.position,
      kind: item.kind,
      prompt: item.prompt,
      options: item.options,
      items: item.items ?? null,
      code: item.program?.code ?? null,
      question: { number: question.number, title: question.title, href },
      answered,
      result:
        reveal(answered) && response?.success && graded?.ok
          ? { correct: row.attempt!.correct ?? false, score: row.attempt!.score ?? 0, response: response.data, correctAnswerText: graded.correctAnswerText, explanation: item.explanation }
          : null,
      modelAnswerHref: item.kind === "recall" ? href : null,
    };
  });
  const answered = items.filter((i) => i.answered);
  return {
    id: session.id,
    bank: session.bank,
    feedback: session.feedback,
    status: session.status,
    settings: session.settings,
    items,
    current: session.status === "finished" ? null : (items.find((i) => !i.answered)?.position ?? null),
    score: {
      correct: session.items.filter((i) => i.attempt?.correct).length,
      answered: answered.length,
      total: items.length,
    },
  };
}
