import { API_V1 } from "@/lib/contracts/api-v1";
import { finishQuiz } from "@/lib/server/data/quizzes/finish-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.finishQuiz, ({ actor, params }) => finishQuiz({ actor, quizId: params.quizId }));
