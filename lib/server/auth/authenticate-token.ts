import "server-only";
import type { TApiScope } from "@/lib/contracts/endpoint";
import { AppError } from "@/lib/errors";
import { API_PER_TOKEN, hitRateLimit } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { findApiToken, type TTokenHolder } from "@/lib/server/data/tokens/find-api-token";
import { API_TOKEN_PATTERN, hashApiToken } from "./api-token";

export type TTokenRequest = TTokenHolder & { rateLimit: { limit: number; remaining: number; resetSeconds: number } };

/** Who a public API request comes from: the personal access token in `Authorization: Bearer`,
 * still existing (revoking deletes it), within its per-minute budget, and carrying `scope`.
 * A request without one is refused whatever cookies it has: /api/v1 is for tokens. */
export async function authenticateToken(request: Request, scope: TApiScope): Promise<TTokenRequest> {
  const header = request.headers.get("authorization");
  if (!header) throw new AppError("UNAUTHORIZED", "Send a personal access token as `Authorization: Bearer <token>`; make one on /settings.");
  const token = /^Bearer +(\S+)$/i.exec(header.trim())?.[1];
  if (!token || !API_TOKEN_PATTERN.test(token)) throw new AppError("UNAUTHORIZED", "The Authorization header must be `Bearer ` followed by a personal access token.");
  const holder = await findApiToken({ tokenHash: hashApiToken(token) });
  if (!holder) throw new AppError("UNAUTHORIZED", "This token does not work: it was revoked, or never existed.");
  const limit = await hitRateLimit({ rule: API_PER_TOKEN, subject: holder.tokenId });
  const rateLimit = { limit: API_PER_TOKEN.limit, remaining: limit.remaining, resetSeconds: limit.retryAfterSeconds };
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `This token made more than ${API_PER_TOKEN.limit} requests this minute; try again in ${limit.retryAfterSeconds} s.`, undefined, {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  if (!holder.scopes.includes(scope)) throw new AppError("FORBIDDEN", `This token lacks the "${scope}" scope; make one that has it on /settings.`);
  return { ...holder, rateLimit };
}
