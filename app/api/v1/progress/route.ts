import { API_V1 } from "@/lib/contracts/api-v1";
import { getProgress } from "@/lib/server/data/progress/get-progress";
import { handleRoute } from "@/lib/server/http/handle-route";

export const GET = handleRoute(API_V1.getProgress, ({ actor }) => getProgress({ actor }));
