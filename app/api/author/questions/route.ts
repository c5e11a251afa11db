import { AUTHOR_API } from "@/lib/contracts/author-api";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(AUTHOR_API.createQuestion, async ({ actor, body }) => {
  const created = await createQuestion({ actor, input: body });
  // A question inserted before others renumbers them.
  revalidateLearnerPages({ bankSlug: body.bank, allQuestions: true });
  return created;
});
