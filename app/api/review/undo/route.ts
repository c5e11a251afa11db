import { APP_API } from "@/lib/contracts/app-api";
import { undoReview } from "@/lib/server/data/reviews/undo-review";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.undoReview, ({ actor, body }) => undoReview({ actor, input: body }));
