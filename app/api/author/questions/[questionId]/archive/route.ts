import { AUTHOR_API } from "@/lib/contracts/author-api";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { setQuestionArchived } from "@/lib/server/data/authoring/set-question-archived";
import { handleRoute } from "@/lib/server/http/handle-route";

/** `{ archived: true }` takes the question out of the bank; `false` brings it back. */
export const POST = handleRoute(AUTHOR_API.setArchived, async ({ actor, params, body }) => {
  const result = await setQuestionArchived({ actor, input: { ...body, questionId: params.questionId } });
  revalidateLearnerPages({ bankSlug: result.bankSlug, allQuestions: true });
  return result;
});
