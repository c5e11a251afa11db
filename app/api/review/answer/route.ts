import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getReviewAnswer } from "@/lib/server/data/reviews/get-review-answer";
import { ZReviewRef } from "@/lib/server/data/reviews/review-schemas";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ ref: ZReviewRef }).strict();

export async function GET(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("VALIDATION", query.error.issues[0]?.message ?? "Bad query.");
    return respondJson(await getReviewAnswer({ actor, ref: query.data.ref }));
  } catch (error) {
    return respondError(error);
  }
}
