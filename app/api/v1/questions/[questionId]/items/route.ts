import { API_V1 } from "@/lib/contracts/api-v1";
import { listQuestionItems } from "@/lib/server/data/questions/list-question-items";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.listQuestionItems, ({ params }) => listQuestionItems({ questionId: params.questionId }));
