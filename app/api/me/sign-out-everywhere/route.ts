import { APP_API } from "@/lib/contracts/app-api";
import { endAllSessions } from "@/lib/server/data/users/end-all-sessions";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.signOutEverywhere, async ({ actor }) => {
  await endAllSessions({ actor });
  return { ended: true } as const;
});
