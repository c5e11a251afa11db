import "server-only";
import type { TApiScope } from "@/lib/contracts/endpoint";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { parseScopes } from "./to-api-token-view";

const LAST_USED_PRECISION_MS = 60_000;

export type TTokenHolder = { tokenId: string; actor: TActor; scopes: TApiScope[] };

/** The token with this hash and its user, or null. Marks it used, at most once a minute so a
 * busy script does not write a row on every request. */
export async function findApiToken(options: { tokenHash: string; now?: Date }): Promise<TTokenHolder | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: options.tokenHash },
    select: { id: true, scopes: true, lastUsedAt: true, user: { select: { id: true, role: true } } },
  });
  if (!row) return null;
  const now = options.now ?? new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, actor: { id: row.user.id, role: row.user.role }, scopes: parseScopes(row.scopes) };
}
