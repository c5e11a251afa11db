import { API_V1 } from "@/lib/contracts/api-v1";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.saveQuestionVersion, ({ actor, params, body }) => saveQuestionDraft({ actor, input: { ...body, questionId: params.questionId } }));
