import { z } from "zod";
import { ZTimeZone } from "@/lib/srs/settings";
import { getActor } from "@/lib/server/auth/get-actor";
import { adoptBrowserTimeZone } from "@/lib/server/data/reviews/update-study-settings";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireActor } from "@/lib/server/permissions/roles";

const ZBrowserTimeZone = z.object({ timeZone: ZTimeZone }).strict();

export async function POST(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const input = await parseJsonBody(request, ZBrowserTimeZone);
    return respondJson(await adoptBrowserTimeZone({ actor, timeZone: input.timeZone }));
  } catch (error) {
    return respondError(error);
  }
}
