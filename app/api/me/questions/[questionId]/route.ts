import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getQuestionProgress } from "@/lib/server/data/attempts/get-question-progress";
import { ZRowId } from "@/lib/server/data/row-id";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

const ZParams = z.object({ questionId: ZRowId });

export async function GET(_request: Request, { params }: { params: Promise<{ questionId: string }> }) {
  try {
    const actor = requireActor(await getActor());
    const parsed = ZParams.safeParse(await params);
    if (!parsed.success) throw new AppError("VALIDATION", "Invalid question id.");
    const progress = await getQuestionProgress({ actor, questionId: parsed.data.questionId });
    return respondJson(progress);
  } catch (error) {
    return respondError(error);
  }
}
