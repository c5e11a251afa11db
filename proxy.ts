import { NextResponse, type NextRequest } from "next/server";
import { listMovedQuestions } from "@/lib/server/data/questions/list-moved-questions";

// Question URLs only: /<bank>/<number>.
export const config = { matcher: ["/:bank/:number(\\d{1,4})"] };

// The moved numbers, read at most every few seconds per server process: a question page request
// then costs a map lookup here, not a query. A move shows within that time, as the cached
// question pages themselves do within their minute.
const SNAPSHOT_MS = 5_000;
let snapshot: { at: number; moved: Promise<Map<string, string>> } | null = null;

function readMoved(): Promise<Map<string, string>> {
  if (!snapshot || Date.now() - snapshot.at > SNAPSHOT_MS) {
    const moved = listMovedQuestions();
    snapshot = { at: Date.now(), moved };
    // A failed read is retried on the next request instead of being kept.
    moved.catch(() => {
      if (snapshot?.moved === moved) snapshot = null;
    });
  }
  return snapshot.moved;
}

/** A question an author moved answers at its old number with a permanent redirect while no
 * published question holds that number. It happens here, before the cached question page,
 * because Next loses the Location header of a redirect it caches for an ISR page. */
export async function proxy(request: NextRequest) {
  const target = (await readMoved().catch(() => null))?.get(request.nextUrl.pathname);
  return target ? NextResponse.redirect(new URL(target, request.url), 308) : NextResponse.next();
}
