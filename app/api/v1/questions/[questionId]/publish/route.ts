import { API_V1 } from "@/lib/contracts/api-v1";
import { publishQuestionVersion } from "@/lib/server/data/authoring/publish-question-version";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.publishQuestionVersion, ({ actor, params, body }) =>
  publishQuestionVersion({ actor, input: { questionId: params.questionId, version: body.version } }),
);
