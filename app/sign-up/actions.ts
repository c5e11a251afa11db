"use server";

import { headers } from "next/headers";
import { toActionError, type TActionResult } from "@/lib/errors";
import { readClientIp } from "@/lib/server/auth/client-ip";
import { signUp } from "@/lib/server/auth/sign-up";

export async function signUpAction(input: { name: string; email: string; password: string }): Promise<TActionResult<{ email: string }>> {
  try {
    const user = await signUp({ input, ip: readClientIp(await headers()) });
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    return { ok: false, error: toActionError(error) };
  }
}
