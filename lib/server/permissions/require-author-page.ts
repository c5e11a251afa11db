import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import { canEditQuestions, type TActor } from "./roles";

/** The gate of every author page: anonymous visitors go to sign in and come back, learners get the
 * 403 page. The data layer checks again on every operation. */
export async function requireAuthorPage(returnTo: string): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!canEditQuestions(actor)) forbidden();
  return actor;
}
