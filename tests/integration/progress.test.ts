import { createEmptyCard, fsrs } from "ts-fsrs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TProgress } from "@/lib/contracts/progress";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { cardKeyOf } from "@/lib/srs/card-key";
import { addDays, learnerDayOf, startOfLearnerDay } from "@/lib/srs/learner-day";
import { DURATION_CAP_MS } from "@/lib/srs/settings";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { getProgress } from "@/lib/server/data/progress/get-progress";
import { answerReview } from "@/lib/server/data/reviews/answer-review";
import { getReviewQueue } from "@/lib/server/data/reviews/get-review-queue";
import { setItemRetired } from "@/lib/server/data/quiz-items/set-item-retired";
import { updateStudySettings } from "@/lib/server/data/reviews/update-study-settings";
import { createUser } from "@/lib/server/data/users/create-user";
import type { TActor } from "@/lib/server/permissions/roles";
import { simulateLearner, type TSimulatedAnswer } from "../../scripts/lib/simulate-learner";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { uniqueSlug } from "../support/test-db";

const TABLE = [
  "| Aspect | Thread | Process |",
  "|---|---|---|",
  "| Memory | Shared with its siblings | Its own address space |",
  "| Start-up cost | Small | Larger: a new interpreter |",
  "| Crash isolation | None | Full |",
].join("\n");

const slug = uniqueSlug("prog");
const clock = { timeZone: "America/New_York", dayStartHour: 4 };
// 90 learner-days that cross the end of DST on 2026-11-01.
const firstDay = "2026-09-08";
const DAYS = 90;
const today = addDays(firstDay, DAYS - 1);
let actor: TActor;
let answers: TSimulatedAnswer[];
let progress: TProgress;
let now: Date;

// Sundays off, and a three-day break, so both streaks are something to check.
const studies = (d: number) => (d % 7 === 5 || (d >= 40 && d <= 42) ? [] : d % 5 === 0 ? [23.5] : [15]);

beforeAll(async () => {
  const questions = Array.from({ length: 16 }, (_, i) => ({
    file: `${String(i + 1).padStart(3, "0")}-q.md`,
    text: questionText({ number: i + 1, title: `Question ${i + 1}`, body: i === 0 ? `Compare.\n\n${TABLE}` : `Answer ${i + 1}.`, tags: [i % 2 === 0 ? "even" : "odd"] }),
  }));
  expect((await importContent({ dir: writeFixtureBank(slug, questions) })).errors).toEqual([]);
  const user = await createUser({ name: "P", email: `p-${slug}@example.com`, password: "a-long-password" });
  actor = { id: user.id, role: user.role };
  await updateStudySettings({ actor, input: { desiredRetention: 0.9, newPerDay: 3, dailyGoal: 8, ...clock } });
  answers = await simulateLearner({ actor, bank: slug, clock, firstDay, days: DAYS, sessionsOn: studies, accuracy: 0.8, seed: 42, maxPerSession: 12 });
  now = new Date(startOfLearnerDay(today, clock).getTime() + 22 * 3_600_000);
  progress = await getProgress({ actor, now });
}, 300_000);
afterAll(() => db.$disconnect());

function perDay(list: TSimulatedAnswer[]) {
  const days = new Map<string, { reviews: number; durationMs: number }>();
  for (const a of list) {
    const entry = days.get(a.day) ?? { reviews: 0, durationMs: 0 };
    entry.reviews += 1;
    entry.durationMs += Math.min(a.durationMs, DURATION_CAP_MS);
    days.set(a.day, entry);
  }
  return days;
}

describe("the dashboard on a 90-day history", () => {
  it("puts every answer on the learner-day it was given, 03:30 sessions included", () => {
    expect(answers.length).toBeGreaterThan(120);
    const expected = perDay(answers);
    expect(new Map(progress.activity.map((d) => [d.day, { reviews: d.reviews, durationMs: d.durationMs }]))).toEqual(expected);
    expect(progress.today).toEqual({ day: today, ...(expected.get(today) ?? { reviews: 0, durationMs: 0 }) });
    // The late sessions ran after midnight but belong to the day before.
    const late = answers.filter((a) => a.at.getTime() - startOfLearnerDay(a.day, clock).getTime() > 20 * 3_600_000);
    expect(late.length).toBeGreaterThan(0);
    for (const a of late) expect(new Intl.DateTimeFormat("en-CA", { timeZone: clock.timeZone }).format(a.at)).toBe(addDays(a.day, 1));
  });

  it("counts streaks by hand", () => {
    const active = new Set(answers.map((a) => a.day));
    let current = 0;
    for (let day = active.has(today) ? today : addDays(today, -1); active.has(day); day = addDays(day, -1)) current++;
    let longest = 0;
    let run = 0;
    for (let d = 0; d < DAYS; d++) {
      run = active.has(addDays(firstDay, d)) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(progress.streaks).toEqual({ current, longest });
    expect(longest).toBeGreaterThanOrEqual(5);
  });

  it("sums time per day and week, and weekly retention from the raw log", async () => {
    const expected = perDay(answers);
    for (const d of progress.time.days) expect(d.durationMs).toBe(expected.get(d.day)?.durationMs ?? 0);
    const logs = await db.reviewLog.findMany({ where: { userId: actor.id }, select: { id: true, state: true, rating: true } });
    const dayOfLog = new Map(answers.map((a) => [a.logId, a.day]));
    const weeks = new Map<string, { graded: number; passed: number }>();
    for (const log of logs) {
      if (log.state !== "review") continue;
      const day = dayOfLog.get(log.id)!;
      const monday = addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
      const week = weeks.get(monday) ?? { graded: 0, passed: 0 };
      week.graded += 1;
      week.passed += log.rating > 1 ? 1 : 0;
      weeks.set(monday, week);
    }
    const shown = new Map(progress.retention.filter((w) => w.graded > 0).map((w) => [w.week, { graded: w.graded, passed: w.passed }]));
    expect(shown).toEqual(weeks);
    expect([...weeks.values()].reduce((n, w) => n + w.graded, 0)).toBeGreaterThan(20);
  });

  it("forecasts from the cards' due dates and counts their states", async () => {
    const cards = await db.reviewCard.findMany({
      where: { userId: actor.id },
      select: { due: true, state: true, stability: true, difficulty: true, lastReview: true, quizItemId: true },
    });
    const expected = new Map<string, number>();
    for (const card of cards) {
      const day = card.due <= now ? today : learnerDayOf(card.due, clock);
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    for (const d of progress.forecast) expect(d.due).toBe(expected.get(d.day) ?? 0);
    const byState = (s: string) => cards.filter((c) => c.state === s).length;
    const live = await db.quizItem.count({ where: { retiredAt: null, questionVersion: { publishedBy: { status: "published" } } } });
    expect(progress.counts).toEqual({ new: live - cards.length, learning: byState("learning"), review: byState("review"), lapsed: byState("relearning") });
  });

  it("measures mastery with FSRS' retrievability", async () => {
    const cards = await db.reviewCard.findMany({
      where: { userId: actor.id },
      select: {
        state: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        lastReview: true,
        question: { select: { tags: { select: { tag: true } } } },
      },
    });
    const f = fsrs({ request_retention: 0.9 });
    const states = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
    const recallOf = (c: (typeof cards)[number]) =>
      f.get_retrievability(
        {
          ...createEmptyCard(),
          ...c,
          state: states[c.state],
          elapsed_days: c.elapsedDays,
          scheduled_days: c.scheduledDays,
          learning_steps: c.learningSteps,
          last_review: c.lastReview ?? undefined,
        },
        now,
        false,
      );
    const known = (c: (typeof cards)[number]) => recallOf(c) >= 0.5;
    const meanRecall = (of: typeof cards) => of.reduce((sum, c) => sum + recallOf(c), 0) / of.length;
    const bank = progress.mastery.banks.find((b) => b.bank.slug === slug)!;
    const itemsInBank = await db.quizItem.count({ where: { retiredAt: null, questionVersion: { publishedBy: { status: "published", bank: { slug } } } } });
    expect(bank).toMatchObject({ total: itemsInBank, studied: cards.length, known: cards.filter(known).length });
    expect(bank.share).toBeCloseTo(meanRecall(cards), 9);
    const even = progress.mastery.tags.find((t) => t.bank.slug === slug && t.tag === "even")!;
    const evenCards = cards.filter((c) => c.question.tags.some((t) => t.tag === "even"));
    expect(even).toMatchObject({ studied: evenCards.length, known: evenCards.filter(known).length });
    expect(even.share).toBeCloseTo(meanRecall(evenCards), 9);
  });
});

// /progress keeps what every learner shares (the published questions and their live items) in
// memory; the learner's own part is read each time. Both must show a change at once.
describe("the dashboard right after a change", () => {
  it("counts an answer graded a moment ago, and an item an author retired", async () => {
    // The next morning, when cards have come due again.
    const at = new Date(startOfLearnerDay(addDays(today, 1), clock).getTime() + 2 * 3_600_000);
    const before = await getProgress({ actor, now: at });
    const entry = (await getReviewQueue({ actor, now: at })).entries.find((e) => e.kind === "recall");
    expect(entry, "a recall card to review the next morning").toBeDefined();
    await answerReview({
      actor,
      now: at,
      input: { ref: entry!.ref, response: { kind: "recall", rating: "good" }, hinted: false, durationMs: 4_000, idempotencyKey: crypto.randomUUID() },
    });
    const answered = await getProgress({ actor, now: at });
    expect(answered.today.reviews).toBe(before.today.reviews + 1);
    expect(answered.today.durationMs).toBe(before.today.durationMs + 4_000);

    // An item of the bank the learner has no card for: retiring it takes one new item away.
    const cards = new Set((await db.reviewCard.findMany({ where: { userId: actor.id }, select: { questionId: true, itemKey: true } })).map((c) => `${c.questionId} ${c.itemKey}`));
    const items = await db.quizItem.findMany({
      where: { retiredAt: null, questionVersion: { publishedBy: { status: "published", bank: { slug } } } },
      select: { questionId: true, payload: true },
    });
    const unstudied = items.map((i) => ({ questionId: i.questionId, itemKey: cardKeyOf(ZQuizItem.parse(i.payload)) })).find((i) => !cards.has(`${i.questionId} ${i.itemKey}`));
    expect(unstudied).toBeDefined();
    const author = await createUser({ name: "A", email: `a-${slug}@example.com`, password: "a-long-password" });
    await db.user.update({ where: { id: author.id }, data: { role: "author" } });
    await setItemRetired({ actor: { id: author.id, role: "author" }, input: { retired: true, reason: "a test retires it", ...unstudied! } });
    const retired = await getProgress({ actor, now: at });
    expect(retired.counts.new).toBe(answered.counts.new - 1);
    expect(retired.mastery.banks.find((b) => b.bank.slug === slug)!.total).toBe(answered.mastery.banks.find((b) => b.bank.slug === slug)!.total - 1);
  });
});
