import { getActor } from "@/lib/server/auth/get-actor";
import { getProgress } from "@/lib/server/data/progress/get-progress";
import { respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const actor = requireActor(await getActor());
    return respondJson(await getProgress({ actor }));
  } catch (error) {
    return respondError(error);
  }
}
