import { APP_API } from "@/lib/contracts/app-api";
import { revokeApiToken } from "@/lib/server/data/tokens/revoke-api-token";
import { handleRoute } from "@/lib/server/http/handle-route";

export const DELETE = handleRoute(APP_API.revokeApiToken, ({ actor, params }) => revokeApiToken({ actor, tokenId: params.tokenId }));
