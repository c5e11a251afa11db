import "server-only";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/auth/password";
import { ZSignIn } from "@/lib/contracts/account";
import { db } from "@/lib/server/db";
import type { TUserDto } from "./create-user";

/** A verified user, with the session version a new token is issued under. */
export type TVerifiedUser = TUserDto & { sessionVersion: number };

export async function verifyCredentials(options: { email: unknown; password: unknown }): Promise<TVerifiedUser | null> {
  const parsed = ZSignIn.safeParse(options);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  const { passwordHash: _hash, ...dto } = user;
  return dto;
}
