import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { authOptions } from "@/lib/server/auth/options";
import { ACCOUNT_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { assertSameOrigin } from "@/lib/server/http/check-origin";
import { readBodyBytes } from "@/lib/server/http/read-body";
import { respondError } from "@/lib/server/http/respond";

const handler = NextAuth(authOptions);

type TContext = { params: Promise<{ nextauth?: string[] }> };

// next-auth's endpoints behind the rules every other route follows. Its own client posts forms
// (sign-in, sign-out) from this site, so a POST must be same-origin, form-encoded and small; it is
// read here, within the limit, and handed to next-auth as a fresh request. A GET to a callback
// only exists for OAuth providers, and next-auth throws on one for credentials.
export async function GET(request: NextRequest, context: TContext) {
  try {
    const [action] = (await context.params).nextauth ?? [];
    if (action === "callback") {
      const response = respondError(new AppError("METHOD_NOT_ALLOWED", "Sign in by posting the sign-in form."));
      response.headers.set("allow", "POST");
      return response;
    }
    return await handler(request, context);
  } catch (error) {
    return respondError(error);
  }
}

export async function POST(request: NextRequest, context: TContext) {
  try {
    assertSameOrigin(request);
    const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/x-www-form-urlencoded") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the form as application/x-www-form-urlencoded.");
    const body = await readBodyBytes(request, ACCOUNT_BODY_LIMIT);
    return await handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
  } catch (error) {
    return respondError(error);
  }
}
