import "server-only";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/server/auth/password";
import { ZSignUp } from "@/lib/contracts/account";
import { db } from "@/lib/server/db";
import type { TRole } from "@/lib/server/permissions/roles";

export type TUserDto = { id: string; email: string; name: string | null; role: TRole };

export async function createUser(options: { name: string; email: string; password: string; role?: TRole }): Promise<TUserDto> {
  const parsed = ZSignUp.safeParse(options);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "Please fix the highlighted fields.", parsed.error.flatten().fieldErrors as Record<string, string[]>);
  }
  const { name, email, password } = parsed.data;
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { email: ["This email is already registered."] });
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash, role: options.role ?? "learner" },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    const again = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (again) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { email: ["This email is already registered."] });
    throw error;
  }
}
