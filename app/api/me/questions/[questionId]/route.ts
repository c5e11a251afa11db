import { APP_API } from "@/lib/contracts/app-api";
import { getQuestionProgress } from "@/lib/server/data/attempts/get-question-progress";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(APP_API.getQuestionProgress, ({ actor, params }) => getQuestionProgress({ actor, questionId: params.questionId }));
