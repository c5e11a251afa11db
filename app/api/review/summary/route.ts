import { APP_API } from "@/lib/contracts/app-api";
import { getReviewSummary } from "@/lib/server/data/reviews/get-review-summary";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(APP_API.getReviewSummary, ({ actor, query }) => getReviewSummary({ actor, bank: query.bank }));
