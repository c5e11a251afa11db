import { APP_API } from "@/lib/contracts/app-api";
import { streamMyAttempts, streamMyReviewLog } from "@/lib/server/data/exports/stream-my-data";
import { handleRoute } from "@/lib/server/http/handle-route";
import { downloadCsv, downloadJson } from "@/lib/server/http/stream-download";

export const dynamic = "force-dynamic";

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
export const GET = handleRoute(APP_API.exportMyData, async ({ actor, query }) => {
  const { data, format } = query;
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
});
