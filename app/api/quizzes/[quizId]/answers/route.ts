import { APP_API } from "@/lib/contracts/app-api";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.answerQuizItem, ({ actor, params, body }) => answerQuizItem({ actor, quizId: params.quizId, input: body }));
