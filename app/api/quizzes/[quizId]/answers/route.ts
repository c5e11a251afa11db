import { getActor } from "@/lib/server/auth/get-actor";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { ZAnswerQuizItem } from "@/lib/server/data/quizzes/quiz-schemas";
import { readQuizId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  try {
    const actor = requireActor(await getActor());
    const quizId = await readQuizId(params);
    const input = await parseJsonBody(request, ZAnswerQuizItem);
    const result = await answerQuizItem({ actor, quizId, input });
    return respondJson(result, result.replayed ? 200 : 201);
  } catch (error) {
    return respondError(error);
  }
}
