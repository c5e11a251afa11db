import { ZSaveConflict } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { getSaveConflict } from "@/lib/server/data/authoring/get-save-conflict";
import { AUTHORING_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** After a refused save: what the other author changed, and what the refused text would change.
 * A POST because it carries the refused text; it stores nothing. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZSaveConflict.omit({ questionId: true }), { maxBytes: AUTHORING_BODY_LIMIT });
    return respondJson(await getSaveConflict({ actor, input: { ...input, questionId } }));
  } catch (error) {
    return respondError(error);
  }
}
