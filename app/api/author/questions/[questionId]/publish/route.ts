import { ZPublishVersion } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZPublishVersion.omit({ questionId: true }));
    const published = await publishQuestionVersion({ actor, input: { ...input, questionId } });
    revalidateLearnerPages({ bankSlug: published.href.split("/")[1] as string, paths: [published.href] });
    return respondJson(published);
  } catch (error) {
    return respondError(error);
  }
}
