import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .email("Enter a valid email address.");

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

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZRole = z.enum(["learner", "author", "admin"]);
