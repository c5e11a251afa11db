import "server-only";
import { db } from "@/lib/server/db";
import { rateLimitWindow, type TRateLimitRule } from "./hit-rate-limit";

// Takes back a hit that turned out not to count: a sign-in is counted before the password is
// checked (so parallel guesses cannot slip past the limit), and a right password gives its hit
// back, so the owner's own sign-ins never use up what a stranger's guesses are measured against.
export async function refundRateLimit(options: { rule: TRateLimitRule; subject: string; now: Date }): Promise<void> {
  const { key } = rateLimitWindow(options.rule, options.subject, options.now);
  await db.rateLimitHit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
