import { describe, expect, it } from "vitest";
import { gradeResponse, type TQuizItem, type TResponse } from "@/lib/quiz";

const source = { table: -1, row: null, column: null };
const base = { generator: "authored" as const, explanation: "Because.", source };

const single: TQuizItem = { ...base, id: "s", kind: "single_choice", prompt: "Pick", options: ["a", "b", "c"], answer: [1] };
const trueFalse: TQuizItem = { ...base, id: "tf", kind: "true_false", prompt: "Sky is blue", options: ["True", "False"], answer: [0] };
const multiple: TQuizItem = { ...base, id: "m", kind: "multiple_choice", prompt: "Pick", options: ["a", "b", "c", "d"], answer: [0, 2] };
const ordering: TQuizItem = { ...base, id: "o", kind: "ordering", prompt: "Order", options: ["two", "three", "one"], answer: [2, 0, 1] };
const matching: TQuizItem = {
  ...base,
  id: "x",
  kind: "matching",
  prompt: "Match",
  items: ["preemptive", "cooperative", "one OS thread"],
  options: ["Threading", "Async"],
  answer: [
    [0, 0],
    [1, 1],
    [2, 1],
  ],
};
const shortText: TQuizItem = { ...base, id: "t", kind: "short_text", prompt: "Keyword?", options: [], answer: ["await", "yield from"] };
const recall: TQuizItem = { ...base, id: "r", kind: "recall", prompt: "Explain the GIL", options: [], answer: [] };

const ok = (item: TQuizItem, response: TResponse) => {
  const result = gradeResponse(item, response);
  if (!result.ok) throw new Error(result.error);
  return result;
};
const error = (item: TQuizItem, response: unknown) => {
  const result = gradeResponse(item, response as TResponse);
  expect(result.ok).toBe(false);
  return result.ok ? "" : result.error;
};

describe("gradeResponse", () => {
  it("single_choice", () => {
    expect(ok(single, { kind: "single_choice", choice: 1 })).toEqual({ ok: true, correct: true, score: 1, correctAnswerText: "b" });
    expect(ok(single, { kind: "single_choice", choice: 0 })).toMatchObject({ correct: false, score: 0 });
    expect(error(single, { kind: "single_choice", choice: 3 })).toMatch(/out of range/);
    expect(error(single, { kind: "single_choice", choice: -1 })).toMatch(/out of range/);
    expect(error(single, { kind: "single_choice", choice: 0.5 })).toMatch(/malformed/);
  });

  it("true_false", () => {
    expect(ok(trueFalse, { kind: "true_false", choice: 0 })).toMatchObject({ correct: true, score: 1, correctAnswerText: "True" });
    expect(ok(trueFalse, { kind: "true_false", choice: 1 })).toMatchObject({ correct: false, score: 0 });
    expect(error(trueFalse, { kind: "true_false", choice: 2 })).toMatch(/out of range/);
  });

  it("multiple_choice with partial credit", () => {
    expect(ok(multiple, { kind: "multiple_choice", choices: [2, 0] })).toMatchObject({ correct: true, score: 1, correctAnswerText: "a; c" });
    expect(ok(multiple, { kind: "multiple_choice", choices: [0] })).toMatchObject({ correct: false, score: 0.5 });
    expect(ok(multiple, { kind: "multiple_choice", choices: [0, 1] })).toMatchObject({ correct: false, score: 0 });
    expect(ok(multiple, { kind: "multiple_choice", choices: [0, 1, 2, 3] })).toMatchObject({ correct: false, score: 0 });
    expect(ok(multiple, { kind: "multiple_choice", choices: [] })).toMatchObject({ correct: false, score: 0 });
    expect(error(multiple, { kind: "multiple_choice", choices: [0, 0] })).toMatch(/duplicate/);
    expect(error(multiple, { kind: "multiple_choice", choices: [4] })).toMatch(/out of range/);
  });

  it("ordering", () => {
    expect(ok(ordering, { kind: "ordering", order: [2, 0, 1] })).toMatchObject({ correct: true, score: 1, correctAnswerText: "one → two → three" });
    expect(ok(ordering, { kind: "ordering", order: [0, 1, 2] })).toMatchObject({ correct: false, score: 0 });
    expect(error(ordering, { kind: "ordering", order: [2, 0] })).toMatch(/all 3/);
    expect(error(ordering, { kind: "ordering", order: [2, 2, 0] })).toMatch(/duplicate/);
    expect(error(ordering, { kind: "ordering", order: [3, 0, 1] })).toMatch(/out of range/);
  });

  it("matching with partial credit, in any pair order", () => {
    const right = ok(matching, {
      kind: "matching",
      pairs: [
        [2, 1],
        [0, 0],
        [1, 1],
      ],
    });
    expect(right).toMatchObject({ correct: true, score: 1 });
    expect(right.correctAnswerText).toBe("preemptive → Threading; cooperative → Async; one OS thread → Async");
    const partly = ok(matching, {
      kind: "matching",
      pairs: [
        [0, 0],
        [1, 0],
        [2, 0],
      ],
    });
    expect(partly.correct).toBe(false);
    expect(partly.score).toBeCloseTo(1 / 3);
    expect(
      error(matching, {
        kind: "matching",
        pairs: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toMatch(/all 3/);
    expect(
      error(matching, {
        kind: "matching",
        pairs: [
          [0, 0],
          [0, 1],
          [2, 1],
        ],
      }),
    ).toMatch(/duplicate item/);
    expect(
      error(matching, {
        kind: "matching",
        pairs: [
          [0, 0],
          [1, 2],
          [2, 1],
        ],
      }),
    ).toMatch(/option index out of range/);
    expect(
      error(matching, {
        kind: "matching",
        pairs: [
          [0, 0],
          [1, 1],
          [3, 1],
        ],
      }),
    ).toMatch(/item index out of range/);
  });

  it("short_text compares normalized text against every accepted answer", () => {
    expect(ok(shortText, { kind: "short_text", text: "  `AWAIT`. " })).toMatchObject({ correct: true, score: 1, correctAnswerText: "await" });
    expect(ok(shortText, { kind: "short_text", text: "Yield   From" })).toMatchObject({ correct: true });
    expect(ok(shortText, { kind: "short_text", text: "yield" })).toMatchObject({ correct: false, score: 0 });
    expect(ok(shortText, { kind: "short_text", text: "" })).toMatchObject({ correct: false });
  });

  it("recall uses the self-rating", () => {
    expect(ok(recall, { kind: "recall", rating: "again" })).toMatchObject({ correct: false, score: 0, correctAnswerText: "Because." });
    expect(ok(recall, { kind: "recall", rating: "hard" })).toMatchObject({ correct: true, score: 0.5 });
    expect(ok(recall, { kind: "recall", rating: "good" })).toMatchObject({ correct: true, score: 1 });
    expect(ok(recall, { kind: "recall", rating: "easy" })).toMatchObject({ correct: true, score: 1 });
    expect(error(recall, { kind: "recall", rating: "meh" })).toMatch(/malformed/);
  });

  it("rejects a response of another kind and malformed input without throwing", () => {
    expect(error(single, { kind: "true_false", choice: 1 })).toMatch(/does not fit a single_choice item/);
    expect(error(single, { kind: "bogus" })).toMatch(/malformed/);
    expect(error(single, null)).toMatch(/malformed/);
    expect(error(single, { kind: "single_choice" })).toMatch(/malformed/);
    expect(error({ ...single, answer: [7] }, { kind: "single_choice", choice: 0 })).toMatch(/item is malformed/);
    expect(error({ ...matching, items: undefined }, { kind: "matching", pairs: [] })).toMatch(/item is malformed/);
    expect(error(null as unknown as TQuizItem, { kind: "single_choice", choice: 0 })).toMatch(/item is malformed/);
  });
});
