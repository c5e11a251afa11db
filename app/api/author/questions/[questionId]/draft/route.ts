import { AUTHOR_API } from "@/lib/contracts/author-api";
import { saveQuestionDraft } from "@/lib/server/data/authoring/save-question-draft";
import { handleRoute } from "@/lib/server/http/handle-route";

/** Save draft: a new version on top of `baseVersion`, or a 409 when another save came first. */
export const POST = handleRoute(AUTHOR_API.saveDraft, ({ actor, params, body }) => saveQuestionDraft({ actor, input: { ...body, questionId: params.questionId } }));
