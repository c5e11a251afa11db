import { AUTHOR_API } from "@/lib/contracts/author-api";
import { diffQuestionVersions } from "@/lib/server/data/authoring/diff-question-versions";
import { handleRoute } from "@/lib/server/http/handle-route";

/** Two versions compared: `?from=3&to=5`. */
export const GET = handleRoute(AUTHOR_API.diffVersions, ({ actor, params, query }) => diffQuestionVersions({ actor, input: { questionId: params.questionId, ...query } }));
