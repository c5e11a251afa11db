import { APP_API } from "@/lib/contracts/app-api";
import { startQuiz } from "@/lib/server/data/quizzes/start-quiz";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.startQuiz, ({ actor, body }) => startQuiz({ actor, input: body }));
