import { getActor } from "@/lib/server/auth/get-actor";
import { finishQuiz } from "@/lib/server/data/quizzes/finish-quiz";
import { assertSameOrigin } from "@/lib/server/http/check-origin";
import { readQuizId } from "@/lib/server/http/read-id-param";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = requireActor(await getActor());
    return respondJson(await finishQuiz({ actor, quizId: await readQuizId(params) }));
  } catch (error) {
    return respondError(error);
  }
}
