import { getActor } from "@/lib/server/auth/get-actor";
import { getReviewHint } from "@/lib/server/data/reviews/get-review-hint";
import { ZReviewHint } from "@/lib/server/data/reviews/review-schemas";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZReviewHint);
    return respondJson(await getReviewHint({ actor, ref: input.ref }));
  } catch (error) {
    return respondError(error);
  }
}
