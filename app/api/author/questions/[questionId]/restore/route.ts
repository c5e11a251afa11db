import { AUTHOR_API } from "@/lib/contracts/author-api";
import { restoreQuestionVersion } from "@/lib/server/data/authoring/restore-question-version";
import { handleRoute } from "@/lib/server/http/handle-route";

/** Restore: an old version copied into a new draft on top of `baseVersion`. */
export const POST = handleRoute(AUTHOR_API.restoreVersion, ({ actor, params, body }) => restoreQuestionVersion({ actor, input: { ...body, questionId: params.questionId } }));
