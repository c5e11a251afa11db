import { APP_API } from "@/lib/contracts/app-api";
import { createApiToken } from "@/lib/server/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/data/tokens/list-api-tokens";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

// Only a signed-in browser manages tokens: a token cannot make or list others.
export const GET = handleRoute(APP_API.listApiTokens, ({ actor }) => listApiTokens({ actor }));
export const POST = handleRoute(APP_API.createApiToken, ({ actor, body }) => createApiToken({ actor, input: body }));
