import "server-only";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

const MAX_ENTRIES = 2000;
const decoded = new Map<string, JWT>();

// next-auth derives the token key with HKDF and decrypts the token on every call; a signed-in
// learner sends the same token with every request. A token that decrypted once is remembered by
// its exact text until it expires, so later requests skip both steps. Whether the session still
// counts is not cached: getActor checks the session version in the database every time.
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const known = decoded.get(token);
  if (known && typeof known.exp === "number" && known.exp * 1000 > Date.now()) return known;
  const payload = await decode(params);
  if (payload) {
    if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value as string);
    decoded.set(token, payload);
  }
  return payload;
}
