import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { streamMyAttempts, streamMyReviewLog } from "@/lib/server/data/exports/stream-my-data";
import { respondError } from "@/lib/server/http/respond";
import { downloadCsv, downloadJson } from "@/lib/server/http/stream-download";
import { requireActor } from "@/lib/server/permissions/roles";

export const dynamic = "force-dynamic";

const ZExportQuery = z.object({ data: z.enum(["attempts", "reviews"]), format: z.enum(["csv", "json"]) }).strict();

const ATTEMPT_COLUMNS = [
  "id",
  "created_at",
  "bank",
  "question_number",
  "question_title",
  "question_version",
  "kind",
  "item_key",
  "quiz_id",
  "correct",
  "score",
  "duration_ms",
  "response",
];
const REVIEW_COLUMNS = ["card_id", "review_time", "review_rating", "review_state", "review_duration", "source"];

// "Download my data": attempts and the review log as CSV or JSON, streamed.
export async function GET(request: Request) {
  try {
    const actor = requireActor(await getActor());
    const parsed = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new AppError("VALIDATION", "Ask for data=attempts|reviews and format=csv|json.");
    const { data, format } = parsed.data;
    const name = `interleave-${data}-${new Date().toISOString().slice(0, 10)}.${format}`;
    if (data === "reviews") {
      const rows = streamMyReviewLog({ actor });
      return format === "json"
        ? downloadJson(rows, name)
        : downloadCsv(rows, REVIEW_COLUMNS, (r) => [r.card_id, r.review_time, r.review_rating, r.review_state, r.review_duration, r.source], name);
    }
    const rows = streamMyAttempts({ actor });
    return format === "json"
      ? downloadJson(rows, name)
      : downloadCsv(
          rows,
          ATTEMPT_COLUMNS,
          (r) => [
            r.id,
            r.createdAt,
            r.bank,
            r.questionNumber,
            r.questionTitle,
            r.questionVersion,
            r.kind,
            r.itemKey,
            r.quizId,
            r.correct,
            r.score,
            r.durationMs,
            JSON.stringify(r.response),
          ],
          name,
        );
  } catch (error) {
    return respondError(error);
  }
}
