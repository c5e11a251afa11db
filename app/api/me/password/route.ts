import { APP_API } from "@/lib/contracts/app-api";
import { changePassword } from "@/lib/server/data/users/change-password";
import { handleRoute } from "@/lib/server/http/handle-route";

export const POST = handleRoute(APP_API.changePassword, async ({ actor, body }) => {
  await changePassword({ actor, ...body });
  return { changed: true } as const;
});
