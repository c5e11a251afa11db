import { ZCreateBank } from "@/lib/contracts/authoring";
import { getActor } from "@/lib/server/auth/get-actor";
import { createBank } from "@/lib/server/data/authoring/create-bank";
import { AUTHORING_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

export async function POST(request: Request) {
  try {
    const actor = requireAuthor(await getActor());
    const input = await parseJsonBody(request, ZCreateBank, { maxBytes: AUTHORING_BODY_LIMIT });
    return respondJson(await createBank({ actor, input }), 201);
  } catch (error) {
    return respondError(error);
  }
}
