import { APP_API } from "@/lib/contracts/app-api";
import { answerPrediction } from "@/lib/server/data/predictions/answer-prediction";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.answerPrediction, ({ actor, body }) => answerPrediction({ actor, input: body }));
