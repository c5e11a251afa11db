import "server-only";
import type { TApiTokenView } from "@/lib/contracts/tokens";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";
import { API_TOKEN_SELECT, toApiTokenView } from "./to-api-token-view";

/** The user's tokens, newest first: names, scopes and use, never the tokens. */
export async function listApiTokens(options: { actor: TActor }): Promise<TApiTokenView[]> {
  const rows = await db.apiToken.findMany({ where: { userId: options.actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: API_TOKEN_SELECT });
  return rows.map(toApiTokenView);
}
