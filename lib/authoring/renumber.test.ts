import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMoves, nextFreeNumber, planInsert, planMove, type TNumbered } from "./renumber";

const bank = (...numbers: number[]): TNumbered[] => numbers.map((number) => ({ id: `q${number}`, number }));
const layout = (questions: TNumbered[]) => questions.map((q) => `${q.id}@${q.number}`).join(" ");

describe("nextFreeNumber", () => {
  it("is one past the highest number, gaps or not", () => {
    expect(nextFreeNumber([])).toBe(1);
    expect(nextFreeNumber(bank(1, 2, 3))).toBe(4);
    expect(nextFreeNumber(bank(1, 5))).toBe(6);
  });
});

describe("planInsert", () => {
  it("moves the question at the number and every consecutive one after it up by one", () => {
    const questions = bank(1, 2, 3, 4);
    const moves = planInsert(questions, 2);
    expect(moves).toEqual([
      { id: "q4", from: 4, to: 5 },
      { id: "q3", from: 3, to: 4 },
      { id: "q2", from: 2, to: 3 },
    ]);
    expect(layout(applyMoves(questions, moves))).toBe("q1@1 q2@3 q3@4 q4@5");
  });

  it("stops at a gap and moves nothing for a free number", () => {
    expect(planInsert(bank(1, 2, 3, 6, 7), 2).map((m) => m.id)).toEqual(["q3", "q2"]);
    expect(planInsert(bank(1, 2, 5), 3)).toEqual([]);
    expect(planInsert(bank(1, 2), 3)).toEqual([]);
  });

  it("refuses a number below 1", () => {
    expect(() => planInsert(bank(1), 0)).toThrow(RangeError);
  });
});

describe("planMove", () => {
  it("moves a question up the list, shifting the ones between down the list", () => {
    const questions = bank(1, 2, 3, 4, 5);
    expect(layout(applyMoves(questions, planMove(questions, "q5", 2)))).toBe("q1@1 q5@2 q2@3 q3@4 q4@5");
  });

  it("moves a question down the list, shifting the ones between up the list", () => {
    const questions = bank(1, 2, 3, 4, 5);
    expect(layout(applyMoves(questions, planMove(questions, "q2", 4)))).toBe("q1@1 q3@2 q4@3 q2@4 q5@5");
  });

  it("swaps neighbours, takes a free number without shifting, and does nothing for its own number", () => {
    const questions = bank(1, 2, 3);
    expect(planMove(questions, "q2", 3)).toEqual([
      { id: "q3", from: 3, to: 2 },
      { id: "q2", from: 2, to: 3 },
    ]);
    expect(planMove(bank(1, 2, 5), "q5", 3)).toEqual([{ id: "q5", from: 5, to: 3 }]);
    expect(planMove(questions, "q2", 2)).toEqual([]);
  });

  it("keeps numbers unique and touches only the range between the two numbers", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 1, max: 31 }), (numbers, pick, to) => {
        const questions = bank(...numbers);
        const moving = questions[pick % questions.length] as TNumbered;
        const after = applyMoves(questions, planMove(questions, moving.id, to));
        expect(new Set(after.map((q) => q.number)).size).toBe(after.length);
        expect(after.find((q) => q.id === moving.id)?.number).toBe(to);
        const [low, high] = [Math.min(moving.number, to), Math.max(moving.number, to)];
        for (const q of after) {
          const before = questions.find((b) => b.id === q.id) as TNumbered;
          if (before.number < low || before.number > high) expect(q.number).toBe(before.number);
          else expect(Math.abs(q.number - before.number)).toBeLessThanOrEqual(q.id === moving.id ? high - low : 1);
        }
      }),
    );
  });

  it("keeps the order of the others: the moved question is taken out and put back in", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 15 }), fc.nat(), fc.nat(), (size, a, b) => {
        const questions = bank(...Array.from({ length: size }, (_, i) => i + 1));
        const moving = questions[a % size] as TNumbered;
        const to = (b % size) + 1;
        const order = applyMoves(questions, planMove(questions, moving.id, to)).map((q) => q.id);
        const expected = questions.map((q) => q.id).filter((id) => id !== moving.id);
        expected.splice(to - 1, 0, moving.id);
        expect(order).toEqual(expected);
      }),
    );
  });
});
