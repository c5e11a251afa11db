import { APP_API } from "@/lib/contracts/app-api";
import { adoptBrowserTimeZone } from "@/lib/server/data/reviews/update-study-settings";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.adoptTimeZone, ({ actor, body }) => adoptBrowserTimeZone({ actor, timeZone: body.timeZone }));
