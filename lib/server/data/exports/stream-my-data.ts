import "server-only";
import { clipStoredResponse } from "@/lib/quiz";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

const PAGE = 500;
// Responses are read in smaller pages than the rest: a row from before answers had a ceiling can
// hold megabytes, and a page of them is all in memory at once.
const RESPONSE_PAGE = 50;
const STATE_CODES = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

export type TAttemptExportRow = {
  id: string;
  createdAt: string;
  bank: string;
  questionNumber: number;
  questionTitle: string;
  questionVersion: number;
  kind: string;
  itemKey: string | null;
  quizId: string | null;
  correct: boolean | null;
  score: number | null;
  durationMs: number | null;
  response: unknown;
};

/** The FSRS optimizer's review log layout (github.com/open-spaced-repetition/fsrs-optimizer),
 * plus where each review came from. */
export type TReviewExportRow = {
  card_id: string;
  review_time: number;
  review_rating: number;
  review_state: number;
  review_duration: number;
  source: string;
};

// Both exports page through the learner's rows in a stable order (time, then id), so a large
// history streams in pages of 500 instead of being read into memory at once. An attempt's
// response goes out clipped as everywhere else (clipStoredResponse).
export async function* streamMyAttempts(options: { actor: TActor }): AsyncGenerator<TAttemptExportRow> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.attempt.findMany({
      where: { userId: options.actor.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        createdAt: true,
        kind: true,
        correct: true,
        score: true,
        durationMs: true,
        quizSessionId: true,
        quizItem: { select: { key: true } },
        questionVersion: { select: { version: true, title: true, question: { select: { number: true, bank: { select: { slug: true } } } } } },
      },
    });
    const responses = new Map<string, unknown>();
    for (let at = 0; at < rows.length; at += RESPONSE_PAGE) {
      const ids = rows.slice(at, at + RESPONSE_PAGE).map((r) => r.id);
      for (const r of await db.attempt.findMany({ where: { id: { in: ids } }, select: { id: true, response: true } })) responses.set(r.id, clipStoredResponse(r.response));
    }
    for (const row of rows) {
      yield {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        bank: row.questionVersion.question.bank.slug,
        questionNumber: row.questionVersion.question.number,
        questionTitle: row.questionVersion.title,
        questionVersion: row.questionVersion.version,
        kind: row.kind,
        itemKey: row.quizItem?.key ?? null,
        quizId: row.quizSessionId,
        correct: row.correct,
        score: row.score,
        durationMs: row.durationMs,
        response: responses.get(row.id) ?? null,
      };
    }
    if (rows.length < PAGE) return;
    cursor = rows.at(-1)!.id;
  }
}

export async function* streamMyReviewLog(options: { actor: TActor }): AsyncGenerator<TReviewExportRow> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.reviewLog.findMany({
      where: { userId: options.actor.id },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, cardId: true, reviewedAt: true, rating: true, state: true, durationMs: true, source: true },
    });
    for (const row of rows) {
      yield {
        card_id: row.cardId,
        review_time: row.reviewedAt.getTime(),
        review_rating: row.rating,
        review_state: STATE_CODES[row.state],
        review_duration: row.durationMs,
        source: row.source,
      };
    }
    if (rows.length < PAGE) return;
    cursor = rows.at(-1)!.id;
  }
}
