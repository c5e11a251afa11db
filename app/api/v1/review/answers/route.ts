import { API_V1 } from "@/lib/contracts/api-v1";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.answerReview, ({ actor, body }) => answerReview({ actor, input: body }));
