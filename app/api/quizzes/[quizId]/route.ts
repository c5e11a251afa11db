import { APP_API } from "@/lib/contracts/app-api";
import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(APP_API.getQuiz, ({ actor, params }) => getQuiz({ actor, quizId: params.quizId }));
