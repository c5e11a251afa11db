import { API_V1 } from "@/lib/contracts/api-v1";
import { getProfile } from "@/lib/server/data/users/get-profile";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getMe, async ({ actor, token }) => ({ ...(await getProfile({ actor })), token: { id: token.tokenId, scopes: token.scopes } }));
