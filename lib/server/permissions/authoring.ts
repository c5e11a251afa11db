import "server-only";
import { AppError } from "@/lib/errors";
import { canEditQuestions, type TActor } from "./roles";

/** Every authoring operation starts here: anonymous visitors are told to sign in (401), learners
 * are refused (403). */
export function requireAuthor(actor: TActor | null): TActor {
  if (!actor) throw new AppError("UNAUTHORIZED", "Sign in as an author to do that.");
  if (!canEditQuestions(actor)) throw new AppError("FORBIDDEN", "Only authors and admins can edit questions.");
  return actor;
}
