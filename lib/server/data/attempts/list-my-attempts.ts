import "server-only";
import { z } from "zod";
import type { TAttemptRow } from "@/lib/contracts/attempts";
import type { TPage } from "@/lib/contracts/paging";
import { ZResponse } from "@/lib/quiz/schemas";
import { db } from "@/lib/server/db";
import { decodeCursor, encodeCursor } from "@/lib/server/data/paging";
import type { TActor } from "@/lib/server/permissions/roles";

const ZAfter = z.tuple([z.iso.datetime(), z.string().max(64)]);
const ZSelfRating = z.object({ rating: z.enum(["knew", "review"]) }).strict();

/** The learner's own attempts, newest first (time, then id, so equal times keep one order), a page
 * at a time. Each names the version it answered, as worded then. */
export async function listMyAttempts(options: { actor: TActor; questionId?: string; cursor?: string; limit: number }): Promise<TPage<TAttemptRow>> {
  const after = decodeCursor(options.cursor, ZAfter);
  const at = after ? new Date(after[0]) : null;
  const rows = await db.attempt.findMany({
    where: {
      userId: options.actor.id,
      ...(options.questionId ? { questionId: options.questionId } : {}),
      ...(after && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after[1] } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      correct: true,
      score: true,
      durationMs: true,
      response: true,
      quizSessionId: true,
      quizItem: { select: { key: true } },
      questionVersion: { select: { version: true, title: true, question: { select: { id: true, number: true, bank: { select: { slug: true } } } } } },
    },
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const { question } = row.questionVersion;
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        kind: row.kind,
        question: { id: question.id, bank: question.bank.slug, number: question.number, title: row.questionVersion.title, version: row.questionVersion.version },
        itemKey: row.quizItem?.key ?? null,
        quizId: row.quizSessionId,
        correct: row.correct,
        score: row.score,
        durationMs: row.durationMs,
        response: readResponse(row.response),
      };
    }),
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

// Stored answers are JSON written by the server; one stored in a shape no longer accepted (or a
// review's `hinted` flag beside it) is sent without it rather than failing the whole page.
function readResponse(stored: unknown): TAttemptRow["response"] {
  const answer = ZResponse.safeParse(stored);
  if (answer.success) return answer.data;
  const rating = ZSelfRating.safeParse(stored);
  return rating.success ? rating.data : null;
}
