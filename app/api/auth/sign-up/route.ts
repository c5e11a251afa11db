import { readClientIp } from "@/lib/server/auth/client-ip";
import { ZSignUpRequest } from "@/lib/server/auth/schemas";
import { signUp } from "@/lib/server/auth/sign-up";
import { ACCOUNT_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";

// A route handler rather than a server action: Next answers a malformed, oversized or
// cross-site action request with a 500 of its own, while this path goes through the same
// parser, limits and error shape as every other JSON route.
export async function POST(request: Request) {
  try {
    const input = await parseJsonBody(request, ZSignUpRequest, { maxBytes: ACCOUNT_BODY_LIMIT });
    const user = await signUp({ input, ip: readClientIp(request.headers) });
    return respondJson({ email: user.email }, 201);
  } catch (error) {
    return respondError(error);
  }
}
