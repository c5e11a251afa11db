import fc from "fast-check";
import { createEmptyCard, fsrs, type Card, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { createNewCard, fromFsrsCard, retrievabilityOf, scheduleReview, undoReview, type TCard, type TRating } from "./schedule";

// A stored card goes through the database between reviews: every Date becomes epoch ms and back,
// as both Prisma providers store it, so the comparison covers the round trip too.
function roundTrip(card: TCard): TCard {
  return JSON.parse(JSON.stringify(card), (key, value) => (["due", "lastReview"].includes(key) && value !== null ? new Date(value) : value)) as TCard;
}

const ZHistory = fc.array(
  fc.record({
    rating: fc.constantFrom<TRating>(1, 2, 3, 4),
    // From a minute to four months after the previous review, or right when the card falls due.
    wait: fc.oneof(fc.integer({ min: 60_000, max: 120 * 86_400_000 }), fc.constant(-1)),
  }),
  { minLength: 1, maxLength: 25 },
);

describe("scheduling", () => {
  it("equals ts-fsrs called directly on the same history, for any retention", () => {
    fc.assert(
      fc.property(ZHistory, fc.double({ min: 0.7, max: 0.97, noNaN: true }), (history, retention) => {
        const direct = fsrs({ request_retention: retention });
        let now = new Date(Date.UTC(2026, 0, 1, 9));
        let ours = createNewCard(now);
        let theirs: Card = createEmptyCard(now);
        for (const { rating, wait } of history) {
          ours = roundTrip(scheduleReview({ card: ours, rating, now, desiredRetention: retention }).card);
          theirs = direct.next(theirs, now, rating as Grade).card;
          expect(ours).toEqual(fromFsrsCard(theirs));
          now = new Date(wait < 0 ? Math.max(theirs.due.getTime(), now.getTime() + 1) : now.getTime() + wait);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("undoes any review back to exactly the card before it", () => {
    fc.assert(
      fc.property(ZHistory, (history) => {
        let now = new Date(Date.UTC(2026, 2, 1, 20));
        let card = createNewCard(now);
        for (const { rating, wait } of history) {
          const before = card;
          const { card: after, log } = scheduleReview({ card, rating, now, desiredRetention: 0.9 });
          expect(undoReview({ card: roundTrip(after), log, desiredRetention: 0.9 })).toEqual(before);
          card = roundTrip(after);
          now = new Date(wait < 0 ? Math.max(after.due.getTime(), now.getTime() + 1) : now.getTime() + wait);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("asks for sooner reviews at a higher desired retention", () => {
    const now = new Date(Date.UTC(2026, 0, 1));
    let low = createNewCard(now);
    let high = createNewCard(now);
    for (let i = 0; i < 4; i++) {
      low = scheduleReview({ card: low, rating: 3, now: low.due, desiredRetention: 0.8 }).card;
      high = scheduleReview({ card: high, rating: 3, now: high.due, desiredRetention: 0.95 }).card;
    }
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it("reads recall probability: 0 before any review, falling after one", () => {
    const now = new Date(Date.UTC(2026, 0, 1));
    const fresh = createNewCard(now);
    expect(retrievabilityOf(fresh, now, 0.9)).toBe(0);
    const reviewed = scheduleReview({ card: fresh, rating: 3, now, desiredRetention: 0.9 }).card;
    const soon = retrievabilityOf(reviewed, new Date(now.getTime() + 3_600_000), 0.9);
    const later = retrievabilityOf(reviewed, new Date(now.getTime() + 30 * 86_400_000), 0.9);
    expect(soon).toBeGreaterThan(later);
    expect(later).toBeGreaterThan(0);
  });
});
