import { APP_API } from "@/lib/contracts/app-api";
import { getReviewHint } from "@/lib/server/data/reviews/get-review-hint";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.getReviewHint, ({ actor, body }) => getReviewHint({ actor, ref: body.ref }));
