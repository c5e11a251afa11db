import { z } from "zod";

export const ZEmail = z.string().trim().toLowerCase().max(254, "Email is too long.").email("Enter a valid email address.");

export const ZNewPassword = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((p) => p.trim().length === p.length, "Password must not start or end with spaces.");

export const ZSignUp = z.object({
  name: z.string().trim().min(1, "Tell us what to call you.").max(60, "Use at most 60 characters."),
  email: ZEmail,
  password: ZNewPassword,
});
export type TSignUp = z.infer<typeof ZSignUp>;

/** What POST /api/auth/sign-up accepts: three strings and nothing else. The values are checked by
 * ZSignUp afterwards, so a bad email or short password gets its field message. */
export const ZSignUpRequest = z.object({ name: z.string().max(1000), email: z.string().max(1000), password: z.string().max(1000) }).strict();

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** What POST /api/me/password accepts; the new password's rules are ZNewPassword's. */
export const ZChangePasswordRequest = z.object({ currentPassword: z.string().max(1000), newPassword: z.string().max(1000) }).strict();

export const ZRole = z.enum(["learner", "author", "admin"]);
