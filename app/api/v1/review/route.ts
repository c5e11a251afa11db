import { API_V1 } from "@/lib/contracts/api-v1";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getReviewQueue, ({ actor, query }) => getReviewQueue({ actor, bank: query.bank }));
