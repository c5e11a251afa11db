import "server-only";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

/** "Sign out everywhere": every session token issued so far, on any device, stops working. */
export async function endAllSessions(options: { actor: TActor }): Promise<void> {
  await db.user.update({ where: { id: options.actor.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
