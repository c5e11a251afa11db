import "server-only";
import { AppError } from "@/lib/errors";
import { ZRowId } from "@/lib/server/data/row-id";
import { ZQuizId } from "@/lib/server/data/quizzes/quiz-schemas";

export async function readQuizId(params: Promise<{ quizId: string }>): Promise<string> {
  const parsed = ZQuizId.safeParse((await params).quizId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  return parsed.data;
}

export async function readQuestionId(params: Promise<{ questionId: string }>): Promise<string> {
  const parsed = ZRowId.safeParse((await params).questionId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That question does not exist.");
  return parsed.data;
}
