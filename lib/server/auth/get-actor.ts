import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { authSecret } from "@/lib/server/env";
import { readSessionUser } from "@/lib/server/data/users/read-session-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { decodeSessionToken } from "./decode-session-token";

// Decodes the session cookie directly: next-auth's getServerSession runs its whole request
// handler and re-encrypts the token, which cost about 20 ms per API call. The JWT says who
// signed in; the role and the session version are read from the database each request, so a
// demoted author loses access at once, and a token from before "sign out everywhere" or a
// password change is refused at its next request instead of when it expires.
export const getActor = cache(async (): Promise<TActor | null> => {
  const req = { cookies: await cookies(), headers: await headers() };
  const token = await getToken({ req: req as never, secret: authSecret, decode: decodeSessionToken }).catch(() => null);
  const id = token?.sub;
  if (!id) return null;
  return readSessionUser({ userId: id, sessionVersion: token.sv ?? 0 });
});
