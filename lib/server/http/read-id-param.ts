import "server-only";
import { AppError } from "@/lib/errors";
import { ZQuizId } from "@/lib/server/data/quizzes/quiz-schemas";

export async function readQuizId(params: Promise<{ quizId: string }>): Promise<string> {
  const parsed = ZQuizId.safeParse((await params).quizId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That quiz does not exist.");
  return parsed.data;
}
