import "server-only";
import { MAX_API_TOKENS, type TCreateApiToken, type TCreatedApiToken } from "@/lib/contracts/tokens";
import { AppError } from "@/lib/errors";
import { generateApiToken, hashApiToken } from "@/lib/server/auth/api-token";
import { db } from "@/lib/server/db";
import { canEditQuestions, type TActor } from "@/lib/server/permissions/roles";
import { API_TOKEN_SELECT, toApiTokenView } from "./to-api-token-view";

/** Makes a token for the signed-in user. The token itself is returned this once; only its keyed
 * hash is stored. The author scope is for authors and admins. */
export async function createApiToken(options: { actor: TActor; input: TCreateApiToken }): Promise<TCreatedApiToken> {
  const { actor, input } = options;
  if (input.scopes.includes("author") && !canEditQuestions(actor)) {
    throw new AppError("FORBIDDEN", "Only authors and admins can make a token with the author scope.", { scopes: ["The author scope is for authors."] });
  }
  const held = await db.apiToken.count({ where: { userId: actor.id } });
  if (held >= MAX_API_TOKENS) throw new AppError("CONFLICT", `You have ${MAX_API_TOKENS} tokens already; revoke one you no longer use first.`);
  const { token, hint } = generateApiToken();
  const row = await db.apiToken.create({
    data: { userId: actor.id, name: input.name, hint, tokenHash: hashApiToken(token), scopes: input.scopes.join(",") },
    select: API_TOKEN_SELECT,
  });
  return { ...toApiTokenView(row), token };
}
