import { AUTHOR_API } from "@/lib/contracts/author-api";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(AUTHOR_API.publishVersion, async ({ actor, params, body }) => {
  const published = await publishQuestionVersion({ actor, input: { ...body, questionId: params.questionId } });
  revalidateLearnerPages({ bankSlug: published.href.split("/")[1] as string, paths: [published.href] });
  return published;
});
