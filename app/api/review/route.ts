import { getActor } from "@/lib/server/auth/get-actor";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const actor = requireActor(await getActor());
    return respondJson(await getReviewQueue({ actor }));
  } catch (error) {
    return respondError(error);
  }
}
