import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TActor, TRole } from "@/lib/server/permissions/roles";

/** The signed-in user's name and role, as an API client asks "who am I". */
export async function getProfile(options: { actor: TActor }): Promise<{ id: string; name: string | null; role: TRole }> {
  const user = await db.user.findUnique({ where: { id: options.actor.id }, select: { id: true, name: true, role: true } });
  if (!user) throw new AppError("UNAUTHORIZED", "This account no longer exists.");
  return user;
}
