import { AUTHOR_API } from "@/lib/contracts/author-api";
import { getSaveConflict } from "@/lib/server/data/authoring/get-save-conflict";
import { handleRoute } from "@/lib/server/http/handle-route";

/** After a refused save: what the other author changed, and what the refused text would change.
 * A POST because it carries the refused text; it stores nothing. */
export const POST = handleRoute(AUTHOR_API.explainConflict, ({ actor, params, body }) => getSaveConflict({ actor, input: { ...body, questionId: params.questionId } }));
