import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { authSecret } from "./options";

// Decodes the session cookie directly: next-auth's getServerSession runs its whole request
// handler and re-encrypts the token, which cost about 20 ms per API call. The JWT says who
// signed in; the role is read from the database each request so a demoted author loses access
// at once instead of when the token expires.
export const getActor = cache(async (): Promise<TActor | null> => {
  const req = { cookies: await cookies(), headers: await headers() };
  const token = await getToken({ req: req as never, secret: authSecret }).catch(() => null);
  const id = token?.sub;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true } });
  return user ?? null;
});
