import "server-only";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import type { TPredictionView } from "@/lib/contracts/predictions";

// Public views of a version's predict-the-output items, for the (cached, learner-independent)
// question page. Block numbers tie each item to the sandbox fence it is about.
export async function listQuestionPredictions(options: { questionVersionId: string }): Promise<TPredictionView[]> {
  const rows = await db.quizItem.findMany({
    where: { questionVersionId: options.questionVersionId, generator: { in: ["predict-output", "predict-time"] }, retiredAt: null },
    select: { key: true, payload: true },
    orderBy: { key: "asc" },
  });
  return rows.flatMap((row) => {
    const item = ZQuizItem.safeParse(row.payload);
    if (!item.success || !item.data.program) return [];
    const { program, kind, prompt, options: choices } = item.data;
    if (kind !== "ordering" && kind !== "single_choice") return [];
    return [{ key: row.key, block: program.block, target: program.target, kind, prompt, options: choices }];
  });
}
