import { getActor } from "@/lib/server/auth/get-actor";
import { retakeMistakes } from "@/lib/server/data/quizzes/retake-mistakes";
import { assertSameOrigin } from "@/lib/server/http/check-origin";
import { readQuizId } from "@/lib/server/http/read-id-param";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = requireActor(await getActor());
    return respondJson(await retakeMistakes({ actor, quizId: await readQuizId(params) }));
  } catch (error) {
    return respondError(error);
  }
}
