import { AUTHOR_API } from "@/lib/contracts/author-api";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { moveQuestion } from "@/lib/server/data/authoring/move-question";
import { handleRoute } from "@/lib/server/http/handle-route";

/** `{ to: n }` moves the question to number n; the questions in between shift by one. */
export const POST = handleRoute(AUTHOR_API.moveQuestion, async ({ actor, params, body }) => {
  const moved = await moveQuestion({ actor, input: { ...body, questionId: params.questionId } });
  revalidateLearnerPages({ bankSlug: moved.href.split("/")[2] as string, allQuestions: true });
  return moved;
});
