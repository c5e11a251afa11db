import { describe, expect, it } from "vitest";
import { FLAG_RULES, flagItem } from "./flags";
import { countOptionPicks, discriminationOf, facilityOf, pointBiserialOf, scoreOf, splitGroups, type TLearnerCount } from "./statistics";

// Five learners, their bank-wide totals: 0.9, 0.8, 0.5, 0.3, 0.1.
const totals: TLearnerCount[] = [
  { learner: "l1", attempts: 10, correct: 9 },
  { learner: "l2", attempts: 10, correct: 8 },
  { learner: "l3", attempts: 10, correct: 5 },
  { learner: "l4", attempts: 10, correct: 3 },
  { learner: "l5", attempts: 10, correct: 1 },
];
const totalScores = new Map(totals.map((t) => [t.learner, scoreOf(t)]));

// One item: right for l1, l2 and l4, wrong for l3; l5 answered it twice, wrong both times.
const item: TLearnerCount[] = [
  { learner: "l1", attempts: 1, correct: 1 },
  { learner: "l2", attempts: 1, correct: 1 },
  { learner: "l3", attempts: 1, correct: 0 },
  { learner: "l4", attempts: 1, correct: 1 },
  { learner: "l5", attempts: 2, correct: 0 },
];

describe("item statistics, against hand-computed values", () => {
  it("facility is the share of right attempts: 3 of 6", () => {
    expect(facilityOf(item)).toBe(0.5);
    expect(facilityOf([])).toBeNull();
  });

  it("splits round(27%) of learners into the upper and lower groups, ties by id", () => {
    // 5 × 0.27 = 1.35 → 1 learner each.
    const groups = splitGroups(totals);
    expect([...groups.upper]).toEqual(["l1"]);
    expect([...groups.lower]).toEqual(["l5"]);
    // 20 learners: 5.4 → 5 each; two learners: one each; one learner: no groups.
    const twenty = Array.from({ length: 20 }, (_, i) => ({ learner: `m${String(i).padStart(2, "0")}`, attempts: 20, correct: i }));
    expect(splitGroups(twenty).size).toBe(5);
    expect([...splitGroups(twenty).upper]).toEqual(["m19", "m18", "m17", "m16", "m15"]);
    expect(splitGroups(twenty.slice(0, 2)).size).toBe(1);
    expect(splitGroups(twenty.slice(0, 1)).size).toBe(0);
    const tied = [
      { learner: "b", attempts: 1, correct: 1 },
      { learner: "a", attempts: 1, correct: 1 },
      { learner: "c", attempts: 1, correct: 0 },
      { learner: "d", attempts: 1, correct: 0 },
    ];
    expect(splitGroups(tied)).toEqual({ upper: new Set(["a"]), lower: new Set(["d"]), size: 1 });
  });

  it("discrimination is the upper group's mean item score minus the lower group's: 1 − 0", () => {
    const groups = splitGroups(totals);
    expect(discriminationOf(item, groups)).toBe(1);
    // Nobody of the lower group answered: no index.
    expect(discriminationOf(item.slice(0, 4), groups)).toBeNull();
    // Upper group 5 learners with item scores 1,1,1,0,½ and lower 0,0,1,0,0: 0.7 − 0.2.
    const twenty = Array.from({ length: 20 }, (_, i) => ({ learner: `m${String(i).padStart(2, "0")}`, attempts: 20, correct: i }));
    const scores = [0, 0, 1, 0, 0, ...new Array(10).fill(1), 0.5, 0, 1, 1, 1];
    const counts = scores.map((s, i) => ({ learner: `m${String(i).padStart(2, "0")}`, attempts: 2, correct: s * 2 }));
    expect(discriminationOf(counts, splitGroups(twenty))).toBeCloseTo(0.5, 10);
  });

  it("the point-biserial correlation of item and total scores: 0.44 / √(1.2 × 0.448) ≈ 0.6001", () => {
    // x = 1,1,0,1,0 (mean 0.6), y = 0.9,0.8,0.5,0.3,0.1 (mean 0.52): Σdxdy = 0.44, Σdx² = 1.2,
    // Σdy² = 0.448. The textbook form agrees: (M₁ − M₀)/s·√(pq) = (0.6667 − 0.3)/0.29933·√0.24.
    expect(pointBiserialOf(item, totalScores)).toBeCloseTo(0.44 / Math.sqrt(1.2 * 0.448), 12);
    expect(pointBiserialOf(item, totalScores)).toBeCloseTo(0.6001, 4);
    // Everybody right: the item score does not vary, so there is no correlation.
    expect(
      pointBiserialOf(
        item.map((c) => ({ ...c, correct: c.attempts })),
        totalScores,
      ),
    ).toBeNull();
    expect(pointBiserialOf(item.slice(0, 1), totalScores)).toBeNull();
  });

  it("counts learners per option, overall and per group, once per learner", () => {
    const groups = splitGroups(totals);
    const picks = [
      { learner: "l1", options: [1] },
      { learner: "l2", options: [1] },
      { learner: "l3", options: [2] },
      { learner: "l4", options: [1, 2, 2] },
      { learner: "l5", options: [2, 9] },
    ];
    expect(countOptionPicks(picks, 4, groups)).toEqual({ learners: 5, all: [0, 3, 3, 0], upper: [0, 1, 0, 0], lower: [0, 0, 1, 0] });
  });
});

describe("flags", () => {
  const base = { attempts: 20, facility: 0.5, discrimination: 0.4 };

  it("needs 20 attempts before flagging anything", () => {
    expect(flagItem({ ...base, attempts: 19, facility: 1 })).toEqual({ enoughData: false, flags: [] });
    expect(flagItem(base)).toEqual({ enoughData: true, flags: [] });
    expect(FLAG_RULES).toEqual({ minAttempts: 20, tooEasy: 0.9, tooHard: 0.2, weakDiscrimination: 0.2 });
  });

  it("flags too easy above 0.9, too hard below 0.2, and negative or weak discrimination below 0.2", () => {
    const kinds = (input: Partial<typeof base>) => flagItem({ ...base, ...input }).flags.map((f) => f.kind);
    expect(kinds({ facility: 0.95 })).toEqual(["too_easy"]);
    expect(kinds({ facility: 0.9 })).toEqual([]);
    expect(kinds({ facility: 0.15 })).toEqual(["too_hard"]);
    expect(kinds({ facility: 0.2 })).toEqual([]);
    expect(kinds({ discrimination: -0.1 })).toEqual(["negative_discrimination"]);
    expect(kinds({ discrimination: 0.1 })).toEqual(["weak_discrimination"]);
    expect(kinds({ discrimination: 0.2 })).toEqual([]);
    expect(flagItem({ ...base, facility: 0.95 }).flags[0]?.message).toBe("Too easy: 95% of answers are right (above 90%).");
    expect(flagItem({ ...base, discrimination: -0.25 }).flags[0]?.message).toMatch(/^Negative discrimination \(−0\.25\)/);
  });

  it("flags a distractor nobody picks and one the strong learners prefer to the right answer", () => {
    const options = { labels: ["A", "B", "C", "D"], answer: [1], picked: [4, 9, 7, 0], upperPicked: [0, 1, 3, 0] };
    expect(flagItem({ ...base, options }).flags).toEqual([
      {
        kind: "distractor_beats_answer",
        label: "strong learners prefer a distractor",
        option: 2,
        message: "The strongest learners pick “C” more often than the right answer (3 against 1): is it right too, or the key wrong?",
      },
      { kind: "unpicked_distractor", label: "distractor nobody picks", option: 3, message: "Nobody picks “D”: it distracts no one." },
    ]);
  });
});
