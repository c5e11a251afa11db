import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/server/env";

const PREFIX = "ilt_";
/** `ilt_` and 32 random bytes in base64url: 256 bits nobody can guess. */
export const API_TOKEN_PATTERN = /^ilt_[A-Za-z0-9_-]{43}$/;
const HINT_LENGTH = PREFIX.length + 6;

export function generateApiToken(): { token: string; hint: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hint: token.slice(0, HINT_LENGTH) };
}

// Tokens are stored as HMAC-SHA256 under a key derived from NEXTAUTH_SECRET. A slow password hash
// (argon2id) is for secrets people choose, which can be guessed; a token carries 256 random bits,
// so no hash speed makes guessing it feasible, and this one costs microseconds on every API
// request where argon2id would cost tens of milliseconds. The key means a copy of the table alone
// cannot even confirm a token someone holds. Rotating NEXTAUTH_SECRET ends every token, as it
// ends every session.
let key: Buffer | null = null;

export function hashApiToken(token: string): string {
  if (!authSecret) throw new AppError("INTERNAL", "NEXTAUTH_SECRET is not set; API tokens cannot be checked.");
  key ??= createHmac("sha256", authSecret).update("interleave personal access tokens").digest();
  return createHmac("sha256", key).update(token).digest("base64url");
}
