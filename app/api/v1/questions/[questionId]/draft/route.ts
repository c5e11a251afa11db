import { API_V1 } from "@/lib/contracts/api-v1";
import { getQuestionDraft } from "@/lib/server/data/authoring/get-question-draft";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getQuestionDraft, ({ actor, params }) => getQuestionDraft({ actor, questionId: params.questionId }));
