import { getActor } from "@/lib/server/auth/get-actor";
import { getReviewSummary } from "@/lib/server/data/reviews/get-review-summary";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const actor = requireActor(await getActor());
    return respondJson(await getReviewSummary({ actor }));
  } catch (error) {
    return respondError(error);
  }
}
