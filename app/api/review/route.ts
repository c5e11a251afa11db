import { APP_API } from "@/lib/contracts/app-api";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(APP_API.getReviewQueue, ({ actor, query }) => getReviewQueue({ actor, bank: query.bank }));
