import { answerPrediction } from "@/lib/server/data/predictions/answer-prediction";
import { ZAnswerPrediction } from "@/lib/server/data/predictions/prediction-schemas";
import { getActor } from "@/lib/server/auth/get-actor";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZAnswerPrediction);
    const result = await answerPrediction({ actor, input });
    return respondJson(result, result.replayed ? 200 : 201);
  } catch (error) {
    return respondError(error);
  }
}
