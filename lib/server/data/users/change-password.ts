import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { ZNewPassword } from "@/lib/contracts/account";
import { hitRateLimit, PASSWORD_CHANGE_PER_ACCOUNT } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

// A new password ends every session, this one included: whoever knew the old password may be
// signed in somewhere. The form signs the learner in again with the new one.
export async function changePassword(options: { actor: TActor; currentPassword: string; newPassword: string }): Promise<void> {
  const next = ZNewPassword.safeParse(options.newPassword);
  if (!next.success) throw new AppError("VALIDATION", "Please fix the highlighted fields.", { newPassword: next.error.issues.map((i) => i.message) });
  const limit = await hitRateLimit({ rule: PASSWORD_CHANGE_PER_ACCOUNT, subject: options.actor.id });
  if (!limit.allowed) throw new AppError("RATE_LIMITED", `Too many password changes. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`);
  const user = await db.user.findUnique({ where: { id: options.actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw new AppError("VALIDATION", "Please fix the highlighted fields.", { currentPassword: ["That is not your current password."] });
  }
  await db.user.update({
    where: { id: options.actor.id },
    data: { passwordHash: await hashPassword(next.data), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
