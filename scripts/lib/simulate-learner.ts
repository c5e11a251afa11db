// A learner who studies on a schedule of their own, answering through the real data layer (the
// same calls the review page makes) at chosen instants. Used by the dashboard's integration test
// and by `npm run db:seed` to give the demo learner a history worth looking at.
import type { TReviewEntry } from "@/lib/contracts/review";
import { buildRightResponse, buildWrongResponse, createRandom } from "@/lib/quiz";
import { ZQuizItem, type TQuizItem, type TResponse } from "@/lib/quiz/schemas";
import { addDays, startOfLearnerDay } from "@/lib/srs/learner-day";
import type { TDayClock } from "@/lib/srs/settings";
import { db } from "@/lib/server/db";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import type { TActor } from "@/lib/server/permissions/roles";

export type TSimulatedAnswer = { day: string; at: Date; ref: string; kind: TReviewEntry["kind"]; correct: boolean; rating: number; durationMs: number; logId: string };

type TOptions = {
  actor: TActor;
  bank?: string;
  clock: TDayClock;
  firstDay: string;
  days: number;
  /** hours after the start of each learner-day at which a session begins; none: a day off */
  sessionsOn: (dayIndex: number) => number[];
  /** chance of answering right (or rating a recall card above Again) */
  accuracy?: number;
  seed?: number;
  maxPerSession?: number;
};

async function itemOf(ref: string): Promise<TQuizItem> {
  const [kind, id] = ref.split(":");
  if (kind === "card") {
    const card = await db.reviewCard.findUniqueOrThrow({ where: { id }, select: { quizItem: { select: { payload: true } } } });
    return ZQuizItem.parse(card.quizItem?.payload);
  }
  const question = await db.question.findUniqueOrThrow({
    where: { id },
    select: { publishedVersion: { select: { quizItems: { where: { key: "recall" }, select: { payload: true } } } } },
  });
  return ZQuizItem.parse(question.publishedVersion?.quizItems[0]?.payload);
}

export async function simulateLearner(options: TOptions): Promise<TSimulatedAnswer[]> {
  const random = createRandom(options.seed ?? 1);
  const accuracy = options.accuracy ?? 0.8;
  const answers: TSimulatedAnswer[] = [];
  for (let d = 0; d < options.days; d++) {
    const day = addDays(options.firstDay, d);
    const dayStart = startOfLearnerDay(day, options.clock).getTime();
    for (const hours of options.sessionsOn(d)) {
      let now = dayStart + hours * 3_600_000;
      let answered = 0;
      for (;;) {
        const queue = await getReviewQueue({ actor: options.actor, bank: options.bank, now: new Date(now) });
        if (queue.entries.length === 0 || answered >= (options.maxPerSession ?? 40)) break;
        for (const entry of queue.entries) {
          if (answered >= (options.maxPerSession ?? 40)) break;
          const item = await itemOf(entry.ref);
          const right = random() < accuracy;
          const durationMs = 2_000 + Math.floor(random() * 25_000);
          const response: TResponse =
            item.kind === "recall"
              ? { kind: "recall", rating: right ? (random() < 0.2 ? "easy" : random() < 0.2 ? "hard" : "good") : "again" }
              : right
                ? buildRightResponse(item)
                : buildWrongResponse(item);
          now += durationMs;
          const result = await answerReview({
            actor: options.actor,
            now: new Date(now),
            input: { ref: entry.ref, response, durationMs, hinted: false, idempotencyKey: crypto.randomUUID() },
          });
          answers.push({ day, at: new Date(now), ref: entry.ref, kind: entry.kind, correct: result.correct, rating: result.rating, durationMs, logId: result.logId });
          answered += 1;
        }
      }
    }
  }
  return answers;
}
