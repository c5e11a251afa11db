import { ZStudySettings } from "@/lib/srs/settings";
import { getActor } from "@/lib/server/auth/get-actor";
import { getStudySettings } from "@/lib/server/data/reviews/get-study-settings";
import { updateStudySettings } from "@/lib/server/data/reviews/update-study-settings";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const actor = requireActor(await getActor());
    return respondJson(await getStudySettings({ actor }));
  } catch (error) {
    return respondError(error);
  }
}

export async function PUT(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZStudySettings);
    return respondJson(await updateStudySettings({ actor, input }));
  } catch (error) {
    return respondError(error);
  }
}
