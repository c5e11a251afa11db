import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// A browser that has signed in to an account before carries a "known device" cookie: a random
// device id and, per account, an HMAC of (device id, email) under the auth secret. It cannot be
// forged or moved to another account, and it lets sign-in count that browser's failures apart
// from everyone else's (lib/server/data/rate-limits/hit-rate-limit.ts).

export const DEVICE_COOKIE = "interleave-device";
/** A shared family computer signs in to a few accounts; more than this and the oldest is forgotten. */
const MAX_ACCOUNTS = 4;
const MAX_AGE_SECONDS = 365 * 24 * 3600;
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

function sign(secret: string, deviceId: string, email: string): string {
  return createHmac("sha256", secret).update(`known-device:${deviceId}:${email}`).digest("base64url");
}

function parse(value: string | undefined): { deviceId: string; signatures: string[] } | null {
  const [deviceId, ...signatures] = (value ?? "").split(".");
  if (!deviceId || !DEVICE_ID.test(deviceId)) return null;
  return { deviceId, signatures: signatures.slice(0, MAX_ACCOUNTS) };
}

/** The device id if this cookie proves the browser signed in to `email` before. */
export function readKnownDevice(options: { cookie: string | undefined; email: string; secret: string }): string | null {
  const parsed = parse(options.cookie);
  if (!parsed) return null;
  const expected = Buffer.from(sign(options.secret, parsed.deviceId, options.email));
  const known = parsed.signatures.some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return known ? parsed.deviceId : null;
}

/** The cookie to set after a successful sign-in: this account first, then the others it held. */
export function rememberDevice(options: { cookie: string | undefined; email: string; secret: string }): { name: string; value: string; maxAge: number } {
  const parsed = parse(options.cookie);
  const deviceId = parsed?.deviceId ?? randomBytes(16).toString("base64url");
  const mine = sign(options.secret, deviceId, options.email);
  const others = (parsed?.signatures ?? []).filter((s) => s !== mine);
  return { name: DEVICE_COOKIE, value: [deviceId, mine, ...others].slice(0, MAX_ACCOUNTS + 1).join("."), maxAge: MAX_AGE_SECONDS };
}
