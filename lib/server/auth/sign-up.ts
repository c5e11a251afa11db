import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit, SIGN_UP_PER_ACCOUNT, SIGN_UP_PER_IP } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { createUser, type TUserDto } from "@/lib/server/data/users/create-user";
import { ZEmail } from "@/lib/contracts/account";

export async function signUp(options: { input: { name: string; email: string; password: string }; ip: string }): Promise<TUserDto> {
  const byIp = await hitRateLimit({ rule: SIGN_UP_PER_IP, subject: options.ip });
  const email = ZEmail.safeParse(options.input.email);
  const byAccount = email.success ? await hitRateLimit({ rule: SIGN_UP_PER_ACCOUNT, subject: email.data }) : { allowed: true, retryAfterSeconds: 0 };
  if (!byIp.allowed || !byAccount.allowed) {
    const wait = Math.max(byIp.retryAfterSeconds, byAccount.retryAfterSeconds);
    throw new AppError("RATE_LIMITED", `Too many sign-up attempts. Try again in ${Math.ceil(wait / 60)} minutes.`);
  }
  // createUser checks the types again: a caller that slips a non-string through gets a field
  // error, never an account whose password is "[object Object]".
  return createUser(options.input);
}
