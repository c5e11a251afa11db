import { NextResponse, type NextRequest } from "next/server";
import { findQuestionRedirect } from "@/lib/server/data/questions/find-question-redirect";

// Question URLs only: /<bank>/<number>.
export const config = { matcher: ["/:bank/:number(\\d{1,4})"] };

/** A question an author moved answers at its old number with a permanent redirect while no
 * published question holds that number. This runs before the cached question page, because a
 * redirect rendered inside an ISR page loses its Location header once Next caches it. One
 * indexed lookup per uncached question request; the micro-cache in front answers repeats. */
export async function proxy(request: NextRequest) {
  const [, bank, number] = request.nextUrl.pathname.split("/");
  if (!bank || !number || !/^[a-z0-9-]{1,60}$/.test(bank)) return NextResponse.next();
  const target = await findQuestionRedirect({ bankSlug: bank, number: Number(number) });
  return target ? NextResponse.redirect(new URL(target, request.url), 308) : NextResponse.next();
}
