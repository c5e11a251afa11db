import "server-only";
import { API_SCOPES, type TApiScope } from "@/lib/contracts/endpoint";
import type { TApiTokenView } from "@/lib/contracts/tokens";

export const API_TOKEN_SELECT = { id: true, name: true, hint: true, scopes: true, createdAt: true, lastUsedAt: true } as const;

export function parseScopes(stored: string): TApiScope[] {
  return stored.split(",").filter((s): s is TApiScope => (API_SCOPES as readonly string[]).includes(s));
}

export function toApiTokenView(row: { id: string; name: string; hint: string; scopes: string; createdAt: Date; lastUsedAt: Date | null }): TApiTokenView {
  return { id: row.id, name: row.name, hint: row.hint, scopes: parseScopes(row.scopes), createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}
