import { API_V1 } from "@/lib/contracts/api-v1";
import { listBanksPage } from "@/lib/server/data/banks/list-banks-page";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.listBanks, ({ actor, query }) => listBanksPage({ actor, ...query }));
