import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { diffQuestionVersions } from "@/lib/server/data/authoring/diff-question-versions";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

const ZVersionParam = z.string().regex(/^[1-9]\d{0,6}$/).transform(Number);
const ZDiffQuery = z.object({ from: ZVersionParam, to: ZVersionParam }).strict();

/** Two versions compared: `?from=3&to=5`. */
export async function GET(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const query = ZDiffQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("VALIDATION", "Ask for two version numbers: ?from=1&to=2.");
    return respondJson(await diffQuestionVersions({ actor, input: { questionId, ...query.data } }));
  } catch (error) {
    return respondError(error);
  }
}
