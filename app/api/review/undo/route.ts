import { getActor } from "@/lib/server/auth/get-actor";
import { undoReview } from "@/lib/server/data/reviews/undo-review";
import { ZUndoReview } from "@/lib/server/data/reviews/review-schemas";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZUndoReview);
    return respondJson(await undoReview({ actor, input }));
  } catch (error) {
    return respondError(error);
  }
}
