// Writes a long review history for one learner straight into the tables, the way the data layer
// would have written it answer by answer (the same lib/srs scheduling, logs and quarter-hour
// totals), but in bulk: tens of thousands of answers in seconds. For benchmarks only.
import { RECALL_ITEM_ID, createRandom } from "@/lib/quiz";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { bucketOf } from "@/lib/srs/learner-day";
import { createNewCard, scheduleReview, type TCard, type TRating } from "@/lib/srs/schedule";
import type { TDb } from "@/lib/db/create-client";

const DAY_MS = 86_400_000;

export async function seedHistory(options: { db: TDb; userId: string; attempts: number; days: number; end: Date; seed: number }): Promise<void> {
  const { db, userId } = options;
  const random = createRandom(options.seed);
  const items = await db.quizItem.findMany({
    where: { retiredAt: null, questionVersion: { publishedBy: { status: "published" } } },
    orderBy: [{ questionId: "asc" }, { key: "asc" }],
    select: { id: true, questionId: true, questionVersionId: true, kind: true, payload: true, key: true },
  });
  // Recall cards first, so the history looks like a learner working through the bank.
  items.sort((a, b) => Number(b.key === RECALL_ITEM_ID) - Number(a.key === RECALL_ITEM_ID));
  type TLive = { item: (typeof items)[number]; id: string; key: string; card: TCard };
  const live: TLive[] = [];
  const attempts: object[] = [];
  const logs: object[] = [];
  const totals = new Map<number, { reviews: number; durationMs: number; graded: number; passed: number }>();
  const perDay = Math.ceil(options.attempts / options.days);
  let next = 0;
  for (let d = options.days - 1; d >= 0 && attempts.length < options.attempts; d--) {
    const dayStart = options.end.getTime() - (d + 1) * DAY_MS;
    let now = dayStart + 17 * 3_600_000;
    const due = live.filter((l) => l.card.due.getTime() < dayStart + DAY_MS);
    while (due.length < perDay && next < items.length) {
      const item = items[next++]!;
      const entry = { item, id: crypto.randomUUID(), key: cardKeyOf(ZQuizItem.parse(item.payload)), card: createNewCard(new Date(now)) };
      live.push(entry);
      due.push(entry);
    }
    for (const entry of due.slice(0, Math.min(perDay, options.attempts - attempts.length))) {
      const durationMs = 3_000 + Math.floor(random() * 30_000);
      now += durationMs;
      const correct = random() < 0.85;
      const rating: TRating = correct ? (random() < 0.15 ? 4 : 3) : 1;
      const { card, log } = scheduleReview({ card: entry.card, rating, now: new Date(now), desiredRetention: 0.9 });
      entry.card = card;
      const attemptId = crypto.randomUUID();
      attempts.push({
        id: attemptId,
        userId,
        questionId: entry.item.questionId,
        questionVersionId: entry.item.questionVersionId,
        quizItemId: entry.item.id,
        kind: entry.item.kind,
        response: { bench: true },
        correct,
        score: correct ? 1 : 0,
        durationMs,
        idempotencyKey: attemptId,
        createdAt: new Date(now),
      });
      const bucket = bucketOf(log.reviewedAt);
      logs.push({ cardId: entry.id, userId, attemptId, source: "quiz", ...log, bucket, durationMs });
      const total = totals.get(bucket) ?? { reviews: 0, durationMs: 0, graded: 0, passed: 0 };
      total.reviews += 1;
      total.durationMs += durationMs;
      if (log.state === "review") {
        total.graded += 1;
        if (rating > 1) total.passed += 1;
      }
      totals.set(bucket, total);
    }
  }
  const chunks = <T>(rows: T[], size = 1000) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  for (const rows of chunks(live.map((l) => ({ id: l.id, userId, questionId: l.item.questionId, itemKey: l.key, quizItemId: l.item.id, ...l.card }))))
    await db.reviewCard.createMany({ data: rows });
  for (const rows of chunks(attempts)) await db.attempt.createMany({ data: rows as never });
  for (const rows of chunks(logs)) await db.reviewLog.createMany({ data: rows as never });
  for (const rows of chunks([...totals].map(([bucket, t]) => ({ userId, bucket, ...t })))) await db.reviewBucketTotal.createMany({ data: rows });
}
