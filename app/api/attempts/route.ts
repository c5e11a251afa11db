import { createSelfAssessment, ZSelfAssessment } from "@/lib/server/data/attempts/create-attempt";
import { getActor } from "@/lib/server/auth/get-actor";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZSelfAssessment);
    const attempt = await createSelfAssessment({ actor, input });
    return respondJson(attempt, attempt.replayed ? 200 : 201);
  } catch (error) {
    return respondError(error);
  }
}
