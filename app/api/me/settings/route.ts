import { APP_API } from "@/lib/contracts/app-api";
import { getStudySettings } from "@/lib/server/data/reviews/get-study-settings";
import { updateStudySettings } from "@/lib/server/data/reviews/update-study-settings";
import { handleRoute } from "@/lib/server/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(APP_API.getStudySettings, ({ actor }) => getStudySettings({ actor }));
export const PUT = handleRoute(APP_API.updateStudySettings, ({ actor, body }) => updateStudySettings({ actor, input: body }));
