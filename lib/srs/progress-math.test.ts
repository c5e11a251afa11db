import { describe, expect, it } from "vitest";
import { buildQueue, type TQueueEntry } from "./build-queue";
import { forecastDue } from "./forecast";
import { foldIntoDays, foldIntoWeeks } from "./fold-days";
import { bucketOf } from "./learner-day";
import { DEFAULT_USUAL_MS, ratingForAnswer, usualTimeMs } from "./map-rating";
import { computeMastery } from "./mastery";
import { createNewCard, retrievabilityOf, scheduleReview } from "./schedule";
import { computeStreaks } from "./streaks";
import { cardKeyOf } from "./card-key";

describe("ratings from graded answers", () => {
  const base = { kind: "single_choice" as const, durationMs: 10_000, usualMs: 20_000, hinted: false };
  it("maps wrong, right, fast, slow and hinted answers", () => {
    expect(ratingForAnswer({ ...base, correct: false })).toBe(1);
    expect(ratingForAnswer({ ...base, correct: true })).toBe(3);
    expect(ratingForAnswer({ ...base, correct: true, durationMs: 9_999 })).toBe(4);
    expect(ratingForAnswer({ ...base, correct: true, durationMs: 40_001 })).toBe(2);
    expect(ratingForAnswer({ ...base, correct: true, durationMs: 1_000, hinted: true })).toBe(2);
    expect(ratingForAnswer({ ...base, correct: false, hinted: true })).toBe(1);
    expect(ratingForAnswer({ ...base, correct: true, durationMs: null })).toBe(3);
    expect(ratingForAnswer({ kind: "recall", recall: "hard" })).toBe(2);
    expect(ratingForAnswer({ kind: "recall", recall: "easy" })).toBe(4);
  });
  it("takes an item's usual time from its own answers once there are five", () => {
    expect(usualTimeMs("matching", [1, 2, 3, 4])).toBe(DEFAULT_USUAL_MS.matching);
    expect(usualTimeMs("matching", [9000, 1000, 5000, 3000, 7000])).toBe(5000);
    expect(usualTimeMs("matching", [1000, 2000, 3000, 4000, 5000, 6000])).toBe(3500);
  });
});

describe("card keys", () => {
  it("follow content: a predict item's program is part of its key", () => {
    expect(cardKeyOf({ id: "which-subject-0123" })).toBe("which-subject-0123");
    const a = cardKeyOf({ id: "predict-output-1", program: { code: "print(1)", target: "output" } });
    const b = cardKeyOf({ id: "predict-output-1", program: { code: "print(2)", target: "output" } });
    expect(a).not.toBe(b);
    expect(a.startsWith("predict-output-1:")).toBe(true);
  });
});

describe("streaks", () => {
  it("counts the current run through yesterday when today has no review yet", () => {
    const days = ["2026-05-28", "2026-05-29", "2026-05-30", "2026-05-31", "2026-06-03", "2026-06-04"];
    expect(computeStreaks(days, "2026-06-04")).toEqual({ current: 2, longest: 4 });
    expect(computeStreaks(days, "2026-06-05")).toEqual({ current: 2, longest: 4 });
    expect(computeStreaks(days, "2026-06-06")).toEqual({ current: 0, longest: 4 });
    expect(computeStreaks([], "2026-06-06")).toEqual({ current: 0, longest: 0 });
  });
});

describe("queue", () => {
  const entry = (ref: string, questionId: string, bank: string, due: number | null): TQueueEntry => ({ ref, questionId, bank, due: due === null ? null : new Date(due) });
  it("keeps neighbours from different questions and spreads new items", () => {
    const due = [entry("a1", "qa", "py", 1), entry("a2", "qa", "py", 2), entry("b1", "qb", "py", 3), entry("b2", "qb", "py", 4), entry("c1", "qc", "js", 5)];
    const fresh = [entry("n1", "qn", "py", null), entry("n2", "qm", "js", null)];
    const order = buildQueue(due, fresh);
    expect(order).toHaveLength(7);
    for (let i = 1; i < order.length; i++) expect(order[i]!.questionId).not.toBe(order[i - 1]!.questionId);
    expect(order.findIndex((e) => e.ref === "n1")).toBeGreaterThan(0);
    expect(order.findIndex((e) => e.ref === "n2")).toBeLessThan(order.length);
    expect(new Set(order.map((e) => e.ref)).size).toBe(7);
  });
});

describe("dashboard arithmetic", () => {
  const clock = { timeZone: "UTC", dayStartHour: 4 };
  it("folds quarter-hours into learner-days and weeks", () => {
    const rows = [
      { bucket: bucketOf(new Date("2026-06-01T10:00:00Z")), reviews: 3, durationMs: 30_000, passed: 2, graded: 3 },
      { bucket: bucketOf(new Date("2026-06-02T03:45:00Z")), reviews: 1, durationMs: 5_000, passed: 1, graded: 1 },
      { bucket: bucketOf(new Date("2026-06-02T04:00:00Z")), reviews: 2, durationMs: 8_000, passed: 0, graded: 2 },
    ];
    const days = foldIntoDays(rows, clock);
    expect(days.get("2026-06-01")).toEqual({ reviews: 4, durationMs: 35_000, passed: 3, graded: 4 });
    expect(days.get("2026-06-02")).toEqual({ reviews: 2, durationMs: 8_000, passed: 0, graded: 2 });
    expect(foldIntoWeeks(days).get("2026-06-01")).toEqual({ reviews: 6, durationMs: 43_000, passed: 3, graded: 6 });
  });

  it("forecasts due reviews per day, overdue ones today", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const dues = [
      new Date("2026-05-20T00:00:00Z"),
      new Date("2026-06-01T20:00:00Z"),
      new Date("2026-06-02T03:00:00Z"),
      new Date("2026-06-02T05:00:00Z"),
      new Date("2026-08-01T00:00:00Z"),
    ];
    const forecast = forecastDue(dues, { now, clock, days: 30 });
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-06-01", due: 3 });
    expect(forecast[1]).toEqual({ day: "2026-06-02", due: 1 });
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBe(4);
  });

  it("measures mastery as the expected recall of studied items today, weakest first, unstarted last", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const studied = scheduleReview({ card: createNewCard(new Date("2026-05-31T12:00:00Z")), rating: 3, now: new Date("2026-05-31T12:00:00Z"), desiredRetention: 0.9 }).card;
    const forgotten = { ...studied, stability: 0.01, lastReview: new Date("2026-01-01T00:00:00Z") };
    const mastery = computeMastery({
      cards: [
        { ...studied, questionId: "q1" },
        { ...studied, questionId: "q1" },
        { ...forgotten, questionId: "q2" },
      ],
      itemsPerQuestion: new Map([
        ["q1", 4],
        ["q2", 6],
        ["q3", 0],
        ["q4", 3],
      ]),
      groups: [
        { key: "tag:a", label: "a", questionIds: ["q1"] },
        { key: "tag:b", label: "b", questionIds: ["q2"] },
        { key: "tag:none", label: "none", questionIds: ["q3"] },
        { key: "tag:c", label: "c", questionIds: ["q4"] },
      ],
      now,
      desiredRetention: 0.9,
    });
    const recallOfStudied = retrievabilityOf(studied, now, 0.9);
    expect(recallOfStudied).toBeGreaterThan(0.5);
    expect(recallOfStudied).toBeLessThan(1);
    expect(mastery).toEqual([
      { key: "tag:b", label: "b", total: 6, studied: 1, known: 0, share: retrievabilityOf(forgotten, now, 0.9), coverage: 1 / 6 },
      { key: "tag:a", label: "a", total: 4, studied: 2, known: 2, share: recallOfStudied, coverage: 0.5 },
      { key: "tag:c", label: "c", total: 3, studied: 0, known: 0, share: 0, coverage: 0 },
    ]);
    expect(mastery[0]?.share).toBeLessThan(0.5);
  });

  it("marks a group whose items fell behind schedule as weaker, though each is still more likely recalled than not", () => {
    const reviewedAt = new Date("2026-05-01T12:00:00Z");
    let card = createNewCard(reviewedAt);
    for (let i = 0; i < 3; i++) card = scheduleReview({ card, rating: 3, now: card.due < reviewedAt ? reviewedAt : card.due, desiredRetention: 0.9 }).card;
    const onTime = card.due;
    const late = new Date(onTime.getTime() + 20 * 86_400_000);
    const groups = [{ key: "tag:x", label: "x", questionIds: ["q1"] }];
    const at = (now: Date) => computeMastery({ cards: [{ ...card, questionId: "q1" }], itemsPerQuestion: new Map([["q1", 1]]), groups, now, desiredRetention: 0.9 })[0];
    expect(at(onTime)?.known).toBe(1);
    expect(at(late)?.known).toBe(1);
    expect(at(onTime)?.share).toBeCloseTo(0.9, 2);
    expect(at(late)?.share).toBeLessThan(0.85);
  });
});

describe("queue, for any mix", () => {
  it("never puts two items of one question side by side when an order without that exists", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }), fc.boolean()), { maxLength: 40 }), (rows) => {
        const entries = rows.map(([q, b, isNew], i) => ({ ref: `r${i}`, questionId: `q${q}`, bank: `b${b}`, due: isNew ? null : new Date(i * 1000) }));
        const order = buildQueue(
          entries.filter((e) => e.due),
          entries.filter((e) => !e.due),
        );
        expect(order.map((e) => e.ref).sort()).toEqual(entries.map((e) => e.ref).sort());
        const most = Math.max(0, ...[...new Set(entries.map((e) => e.questionId))].map((q) => entries.filter((e) => e.questionId === q).length));
        if (most * 2 <= entries.length + 1) for (let i = 1; i < order.length; i++) expect(order[i]!.questionId).not.toBe(order[i - 1]!.questionId);
      }),
      { numRuns: 500 },
    );
  });
});
