import { describe, expect, it } from "vitest";
import { buildRightResponse, buildWrongResponse } from "./build-response";
import { gradeResponse } from "./grade-response";
import type { TQuizItem } from "./item-schema";

const base = { id: "x", generator: "authored", explanation: "", source: { table: -1, row: null, column: null } } as const;
const items: TQuizItem[] = [
  { ...base, kind: "single_choice", prompt: "p", options: ["a", "b", "c"], answer: [1] },
  { ...base, kind: "true_false", prompt: "p", options: ["True", "False"], answer: [0] },
  { ...base, kind: "multiple_choice", prompt: "p", options: ["a", "b", "c"], answer: [0, 2] },
  {
    ...base,
    kind: "matching",
    prompt: "p",
    items: ["x", "y"],
    options: ["A", "B"],
    answer: [
      [0, 1],
      [1, 0],
    ],
  },
  { ...base, kind: "ordering", prompt: "p", options: ["1", "2", "3"], answer: [2, 0, 1] },
  { ...base, kind: "short_text", prompt: "p", options: [], answer: ["await"] },
  { ...base, kind: "recall", prompt: "p", options: [], answer: [] },
];

describe("responses built from an item", () => {
  it("grade right and wrong as their names say", () => {
    for (const item of items) {
      expect(gradeResponse(item, buildRightResponse(item))).toMatchObject({ ok: true, correct: true });
      expect(gradeResponse(item, buildWrongResponse(item))).toMatchObject({ ok: true, correct: false });
    }
  });
});
