import { APP_API } from "@/lib/contracts/app-api";
import { finishQuiz } from "@/lib/server/data/quizzes/finish-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.finishQuiz, ({ actor, params }) => finishQuiz({ actor, quizId: params.quizId }));
