import { AUTHOR_API } from "@/lib/contracts/author-api";
import { previewQuestionDraft } from "@/lib/server/data/authoring/preview-question-draft";
import { handleRoute } from "@/lib/server/http/handle-route";

/** The editor's live preview: the draft rendered, its quiz items and its problems; stores nothing. */
export const POST = handleRoute(AUTHOR_API.previewDraft, ({ actor, params, body }) => previewQuestionDraft({ actor, input: { ...body, questionId: params.questionId } }));
