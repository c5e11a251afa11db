import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { authOptions } from "./options";

// The JWT says who signed in; the role is read from the database each request so a demoted
// author loses access at once instead of when the token expires.
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true } });
  return user ?? null;
});
