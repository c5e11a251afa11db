import { getActor } from "@/lib/server/auth/get-actor";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { ZAnswerReview } from "@/lib/server/data/reviews/review-schemas";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZAnswerReview);
    const result = await answerReview({ actor, input });
    return respondJson(result, result.replayed ? 200 : 201);
  } catch (error) {
    return respondError(error);
  }
}
