import { z } from "zod";
import { ZRetireItem, ZUnretireItem } from "@/lib/contracts/item-analysis";
import { getActor } from "@/lib/server/auth/get-actor";
import { setItemRetired } from "@/lib/server/data/quiz-items/set-item-retired";
import { readQuestionId } from "@/lib/server/http/read-id-param";
import { parseJsonBody, respondError, respondJson } from "@/lib/server/http/respond";
import { requireAuthor } from "@/lib/server/permissions/authoring";

type TContext = { params: Promise<{ questionId: string }> };

const ZRetireRequest = z.discriminatedUnion("retired", [
  ZRetireItem.omit({ questionId: true }).extend({ retired: z.literal(true) }).strict(),
  ZUnretireItem.omit({ questionId: true }).extend({ retired: z.literal(false) }).strict(),
]);

/** `{ retired: true, itemKey, reason }` takes an item out of quizzes and reviews; `{ retired:
 * false, itemKey }` offers it again. */
export async function POST(request: Request, { params }: TContext) {
  try {
    const actor = requireAuthor(await getActor());
    const questionId = await readQuestionId(params);
    const input = await parseJsonBody(request, ZRetireRequest);
    return respondJson(await setItemRetired({ actor, input: { ...input, questionId } }));
  } catch (error) {
    return respondError(error);
  }
}
