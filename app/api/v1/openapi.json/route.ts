import { API_V1 } from "@/lib/contracts/api-v1";
import { buildOpenApi } from "@/lib/server/api/build-openapi";
import { handleRoute } from "@/lib/server/http/handle-route";
import { respondWithJson } from "@/lib/server/http/respond-with-data";

// The document itself, not wrapped in `{ data }`: tools read it as it is.
export const GET = handleRoute(API_V1.getOpenApi, async ({ request }) => respondWithJson(request, buildOpenApi(), { status: 200 }));
