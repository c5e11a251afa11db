import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export type TRateLimitRule = { name: string; limit: number; windowSeconds: number };
export type TRateLimitResult = { allowed: boolean; retryAfterSeconds: number; remaining: number };

// Fixed windows keyed by rule, subject and window number. The counter is an upsert on the
// database so several app servers sharing one PostgreSQL count into the same row.
export async function hitRateLimit(options: { rule: TRateLimitRule; subject: string; now?: Date }): Promise<TRateLimitResult> {
  const now = options.now ?? new Date();
  const { key, expiresAt } = rateLimitWindow(options.rule, options.subject, now);
  const row = await db.rateLimitHit.upsert({
    where: { key },
    create: { key, count: 1, expiresAt },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  if (Math.random() < 0.01) await db.rateLimitHit.deleteMany({ where: { expiresAt: { lt: now } } });
  return {
    allowed: row.count <= options.rule.limit,
    retryAfterSeconds: Math.ceil((expiresAt.getTime() - now.getTime()) / 1000),
    remaining: Math.max(0, options.rule.limit - row.count),
  };
}

// Sign-in (lib/server/auth/authorize-sign-in.ts): every attempt counts against its IP; against
// the account it counts per known device (a browser that signed in to it before), and all
// unknown devices share one account-wide count. A stranger can exhaust only the shared count,
// so the owner's own browsers still get in with the right password.
/** The counter row a hit at `now` goes to, and when its window ends. */
export function rateLimitWindow(rule: TRateLimitRule, subject: string, now: Date): { key: string; expiresAt: Date } {
  const windowMs = rule.windowSeconds * 1000;
  const window = Math.floor(now.getTime() / windowMs);
  return { key: `${rule.name}:${subject}:${window}`, expiresAt: new Date((window + 1) * windowMs) };
}

export const SIGN_IN_PER_IP: TRateLimitRule = { name: "sign-in-ip", limit: 30, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_ACCOUNT: TRateLimitRule = { name: "sign-in-account", limit: 10, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_DEVICE: TRateLimitRule = { name: "sign-in-device", limit: 10, windowSeconds: 15 * 60 };
export const PASSWORD_CHANGE_PER_ACCOUNT: TRateLimitRule = { name: "password-change", limit: 10, windowSeconds: 60 * 60 };
export const SIGN_UP_PER_IP: TRateLimitRule = { name: "sign-up-ip", limit: 10, windowSeconds: 60 * 60 };
export const SIGN_UP_PER_ACCOUNT: TRateLimitRule = { name: "sign-up-account", limit: 5, windowSeconds: 60 * 60 };
/** Every request to the public API counts against its token (lib/server/auth/authenticate-token.ts). */
export const API_PER_TOKEN: TRateLimitRule = { name: "api-token", limit: env.API_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 };
