import "server-only";
import { cookies } from "next/headers";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/server/env";
import { hitRateLimit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_DEVICE, SIGN_IN_PER_IP, type TRateLimitRule } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { refundRateLimit } from "@/lib/server/data/rate-limits/refund-rate-limit";
import { verifyCredentials, type TVerifiedUser } from "@/lib/server/data/users/verify-credentials";
import { readClientIp } from "./client-ip";
import { DEVICE_COOKIE, readKnownDevice, rememberDevice } from "./known-device";
import { ZEmail } from "@/lib/contracts/account";

type THeaders = Record<string, string | string[] | undefined> | undefined;

/** Thrown to next-auth, which passes the message to the sign-in form as `error`. */
export const RATE_LIMITED_SIGN_IN = "RateLimited";

// Brute-force protection that a stranger cannot turn into a lockout. Every attempt counts
// against its IP (30 in 15 minutes). Against the account, a known device (one that signed in to
// it before) has its own count of 10 failures; all other devices share one count of 10. Someone
// guessing from elsewhere can use up only the shared count: the owner, on a browser they have
// signed in with before, still gets in with the right password. On a new browser they wait out
// the window. Attempts are counted before the password is checked, so a burst of parallel
// guesses cannot overshoot; a right password takes its account hit back.
export async function authorizeSignIn(options: { credentials: Record<string, unknown> | undefined; headers: THeaders }): Promise<TVerifiedUser | null> {
  const secret = authSecret ?? "";
  const now = new Date();
  const byIp = await hitRateLimit({ rule: SIGN_IN_PER_IP, subject: readClientIp(options.headers), now });
  if (!byIp.allowed) throw new AppError("RATE_LIMITED", RATE_LIMITED_SIGN_IN);
  const email = ZEmail.safeParse(options.credentials?.email);
  const jar = await cookies();
  let counted: { rule: TRateLimitRule; subject: string } | null = null;
  if (email.success) {
    const device = readKnownDevice({ cookie: jar.get(DEVICE_COOKIE)?.value, email: email.data, secret });
    counted = device ? { rule: SIGN_IN_PER_DEVICE, subject: `${email.data}:${device}` } : { rule: SIGN_IN_PER_ACCOUNT, subject: email.data };
    const byAccount = await hitRateLimit({ ...counted, now });
    if (!byAccount.allowed) throw new AppError("RATE_LIMITED", RATE_LIMITED_SIGN_IN);
  }
  const user = await verifyCredentials({ email: options.credentials?.email, password: options.credentials?.password });
  if (user) {
    if (counted) await refundRateLimit({ ...counted, now });
    const remembered = rememberDevice({ cookie: jar.get(DEVICE_COOKIE)?.value, email: user.email, secret });
    jar.set(remembered.name, remembered.value, { httpOnly: true, sameSite: "lax", path: "/api/auth", maxAge: remembered.maxAge });
  }
  return user;
}
