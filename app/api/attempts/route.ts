import { APP_API } from "@/lib/contracts/app-api";
import { createSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.createSelfAssessment, ({ actor, body }) => createSelfAssessment({ actor, input: body }));
