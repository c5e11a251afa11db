import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getReviewSummary } from "@/lib/server/data/reviews/get-review-summary";
import { ZReviewQuery } from "@/lib/server/data/reviews/review-schemas";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const query = ZReviewQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("VALIDATION", query.error.issues[0]?.message ?? "Bad query.");
    return respondJson(await getReviewSummary({ actor, bank: query.data.bank }));
  } catch (error) {
    return respondError(error);
  }
}
