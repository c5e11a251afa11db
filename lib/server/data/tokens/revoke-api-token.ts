import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

/** Deletes one of the user's tokens: every request is checked against the table, so the next
 * request with it is refused. Someone else's token is reported as missing. */
export async function revokeApiToken(options: { actor: TActor; tokenId: string }): Promise<{ revoked: true }> {
  const deleted = await db.apiToken.deleteMany({ where: { id: options.tokenId, userId: options.actor.id } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", "That token does not exist.");
  return { revoked: true };
}
