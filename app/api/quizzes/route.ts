import { getActor } from "@/lib/server/auth/get-actor";
import { ZStartQuiz } from "@/lib/server/data/quizzes/quiz-schemas";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZStartQuiz);
    return respondJson(await startQuiz({ actor, input }), 201);
  } catch (error) {
    return respondError(error);
  }
}
