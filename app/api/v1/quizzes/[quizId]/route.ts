import { API_V1 } from "@/lib/contracts/api-v1";
import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getQuiz, ({ actor, params }) => getQuiz({ actor, quizId: params.quizId }));
