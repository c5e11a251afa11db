import { APP_API } from "@/lib/contracts/app-api";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.answerReview, ({ actor, body }) => answerReview({ actor, input: body }));
