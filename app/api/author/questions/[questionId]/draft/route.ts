import { ZSaveDraft } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { AUTHORING_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** Save draft: a new version on top of `baseVersion`, or a 409 when another save came first. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZSaveDraft.omit({ questionId: true }), { maxBytes: AUTHORING_BODY_LIMIT });
    return respondJson(await saveQuestionDraft({ actor, input: { ...input, questionId } }));
  } catch (error) {
    return respondError(error);
  }
}
