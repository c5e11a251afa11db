import { AUTHOR_API } from "@/lib/contracts/author-api";
import { setItemRetired } from "@/lib/server/data/quiz-items/set-item-retired";
import { handleRoute } from "@/lib/server/http/handle-route";

/** `{ retired: true, itemKey, reason }` takes an item out of quizzes and reviews; `{ retired:
 * false, itemKey }` offers it again. */
export const POST = handleRoute(AUTHOR_API.retireItem, ({ actor, params, body }) => setItemRetired({ actor, input: { ...body, questionId: params.questionId } }));
