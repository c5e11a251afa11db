import { API_V1 } from "@/lib/contracts/api-v1";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { listMyAttempts } from "@/lib/server/data/attempts/list-my-attempts";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.listAttempts, ({ actor, query }) => listMyAttempts({ actor, ...query }));
export const POST = handleRoute(API_V1.createAttempt, ({ actor, body }) => createSelfAssessment({ actor, input: body }));
