import { APP_API } from "@/lib/contracts/app-api";
import { retakeMistakes } from "@/lib/server/data/quizzes/retake-mistakes";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.retakeQuiz, ({ actor, params }) => retakeMistakes({ actor, quizId: params.quizId }));
