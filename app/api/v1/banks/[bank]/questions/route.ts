import { API_V1 } from "@/lib/contracts/api-v1";
import { createQuestion } from "@/lib/server/data/authoring/create-question";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(API_V1.createQuestion, ({ actor, params, body }) => createQuestion({ actor, input: { ...body, bank: params.bank } }));
