import { ZSetArchived } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { setQuestionArchived } from "@/lib/server/data/authoring/set-question-archived";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** `{ archived: true }` takes the question out of the bank; `false` brings it back. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZSetArchived.omit({ questionId: true }));
    const result = await setQuestionArchived({ actor, input: { ...input, questionId } });
    revalidateLearnerPages({ bankSlug: result.bankSlug, allQuestions: true });
    return respondJson(result);
  } catch (error) {
    return respondError(error);
  }
}
