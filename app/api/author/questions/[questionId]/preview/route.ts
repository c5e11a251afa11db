import { ZPreviewDraft } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { previewQuestionDraft } from "@/lib/server/data/authoring/preview-question-draft";
import { AUTHORING_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** The editor's live preview: the draft rendered, its quiz items and its problems; stores nothing. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZPreviewDraft.omit({ questionId: true }), { maxBytes: AUTHORING_BODY_LIMIT });
    return respondJson(await previewQuestionDraft({ actor, input: { ...input, questionId } }));
  } catch (error) {
    return respondError(error);
  }
}
