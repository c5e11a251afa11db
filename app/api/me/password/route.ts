import { getActor } from "@/lib/server/auth/get-actor";
import { ZChangePasswordRequest } from "@/lib/server/auth/schemas";
import { changePassword } from "@/lib/server/data/users/change-password";
import { ACCOUNT_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZChangePasswordRequest, { maxBytes: ACCOUNT_BODY_LIMIT });
    await changePassword({ actor, ...input });
    return respondJson({ changed: true });
  } catch (error) {
    return respondError(error);
  }
}
