import { getActor } from "@/lib/server/auth/get-actor";
import { endAllSessions } from "@/lib/server/data/users/end-all-sessions";
import { assertSameOrigin } from "@/lib/server/http/check-origin";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = requireActor(await getActor());
    await endAllSessions({ actor });
    return respondJson({ ended: true });
  } catch (error) {
    return respondError(error);
  }
}
