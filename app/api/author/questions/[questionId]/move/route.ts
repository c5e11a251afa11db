import { ZMoveQuestion } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { moveQuestion } from "@/lib/server/data/authoring/move-question";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** `{ to: n }` moves the question to number n; the questions in between shift by one. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZMoveQuestion.omit({ questionId: true }));
    const moved = await moveQuestion({ actor, input: { ...input, questionId } });
    revalidateLearnerPages({ bankSlug: moved.href.split("/")[2] as string, allQuestions: true });
    return respondJson(moved);
  } catch (error) {
    return respondError(error);
  }
}
