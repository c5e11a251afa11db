import { API_V1 } from "@/lib/contracts/api-v1";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.startQuiz, ({ actor, body }) => startQuiz({ actor, input: body }));
