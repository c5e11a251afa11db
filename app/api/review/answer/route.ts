import { APP_API } from "@/lib/contracts/app-api";
import { getReviewAnswer } from "@/lib/server/data/reviews/get-review-answer";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(APP_API.getReviewAnswer, ({ actor, query }) => getReviewAnswer({ actor, ref: query.ref }));
