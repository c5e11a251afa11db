import { ZCreateQuestion } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { revalidateLearnerPages } from "@/lib/server/cache/revalidate-learner-pages";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { AUTHORING_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

export async function POST(request: Request) {
  try {
    const actor = requireAuthor(await getActor());
    const input = await parseJsonBody(request, ZCreateQuestion, { maxBytes: AUTHORING_BODY_LIMIT });
    const created = await createQuestion({ actor, input });
    // A question inserted before others renumbers them.
    revalidateLearnerPages({ bankSlug: input.bank, allQuestions: true });
    return respondJson(created, 201);
  } catch (error) {
    return respondError(error);
  }
}
