import "server-only";
import type { TQuizItem, TResponse } from "@/lib/quiz/schemas";
import { ratingForAnswer, usualTimeMs } from "@/lib/srs/map-rating";
import type { TRating } from "@/lib/srs/schedule";
import type { TDbOrTx } from "@/lib/server/db";

// How many recent correct answers make an item's usual time.
const USUAL_TIME_WINDOW = 50;

/** The FSRS rating of a graded answer (lib/srs/README.md): the learner's own rating for a recall
 * card; otherwise Again when wrong, Hard after a hint or when slow, Easy when much faster than
 * the item's usual time, Good otherwise. */
export async function rateAnswer(options: {
  db: TDbOrTx;
  item: Pick<TQuizItem, "kind">;
  quizItemId: string;
  response: TResponse;
  correct: boolean;
  durationMs: number | null;
  hinted: boolean;
}): Promise<TRating> {
  const { item, response } = options;
  if (item.kind === "recall") return ratingForAnswer({ kind: "recall", recall: response.kind === "recall" ? response.rating : "again" });
  let usualMs = usualTimeMs(item.kind, []);
  if (options.correct && !options.hinted && options.durationMs !== null) {
    const recent = await options.db.attempt.findMany({
      where: { quizItemId: options.quizItemId, correct: true, durationMs: { not: null } },
      orderBy: { createdAt: "desc" },
      take: USUAL_TIME_WINDOW,
      select: { durationMs: true },
    });
    usualMs = usualTimeMs(
      item.kind,
      recent.map((a) => a.durationMs ?? 0),
    );
  }
  return ratingForAnswer({ kind: item.kind, correct: options.correct, durationMs: options.durationMs, usualMs, hinted: options.hinted });
}
