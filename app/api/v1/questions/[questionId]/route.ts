import { API_V1 } from "@/lib/contracts/api-v1";
import { getQuestion } from "@/lib/server/data/questions/get-question";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getQuestion, ({ params }) => getQuestion({ questionId: params.questionId }));
