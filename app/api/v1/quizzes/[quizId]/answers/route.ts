import { API_V1 } from "@/lib/contracts/api-v1";
import { answerQuizItem } from "@/lib/server/data/quizzes/answer-quiz-item";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.answerQuizItem, ({ actor, params, body }) => answerQuizItem({ actor, quizId: params.quizId, input: body }));
