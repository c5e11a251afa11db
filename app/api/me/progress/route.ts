import { APP_API } from "@/lib/contracts/app-api";
import { getProgress } from "@/lib/server/data/progress/get-progress";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(APP_API.getProgress, ({ actor }) => getProgress({ actor }));
