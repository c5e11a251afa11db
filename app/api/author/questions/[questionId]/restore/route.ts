import { ZRestoreVersion } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { restoreQuestionVersion } from "@/lib/server/data/authoring/restore-question-version";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

/** Restore: an old version copied into a new draft on top of `baseVersion`. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZRestoreVersion.omit({ questionId: true }));
    return respondJson(await restoreQuestionVersion({ actor, input: { ...input, questionId } }));
  } catch (error) {
    return respondError(error);
  }
}
