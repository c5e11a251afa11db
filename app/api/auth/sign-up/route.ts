import { APP_API } from "@/lib/contracts/app-api";
import { readClientIp } from "@/lib/server/auth/client-ip";
import { signUp } from "@/lib/server/auth/sign-up";
import { handleRoute } from "@/lib/server/http/handle-route";

// A route handler rather than a server action: Next answers a malformed, oversized or
// cross-site action request with a 500 of its own, while this path goes through the same
// parser, limits and error shape as every other JSON route.
export const POST = handleRoute(APP_API.signUp, async ({ request, body }) => {
  const user = await signUp({ input: body, ip: readClientIp(request.headers) });
  return { email: user.email };
});
