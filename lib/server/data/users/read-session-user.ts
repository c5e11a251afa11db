import "server-only";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

// The user behind a session token, if that session still counts: the account exists and the
// token was issued under its current session version (older tokens were signed out).
export async function readSessionUser(options: { userId: string; sessionVersion: number }): Promise<TActor | null> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { id: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== options.sessionVersion) return null;
  return { id: user.id, role: user.role };
}
