import "server-only";
import { AppError } from "@/lib/errors";

export type TRole = "learner" | "author" | "admin";
export type TActor = { id: string; role: TRole };

export function canSeeDrafts(actor: TActor | null): boolean {
  return actor?.role === "author" || actor?.role === "admin";
}

export function canEditQuestions(actor: TActor | null): boolean {
  return canSeeDrafts(actor);
}

export function requireActor(actor: TActor | null): TActor {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in to do that.");
  return actor;
}
