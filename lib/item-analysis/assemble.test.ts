import { describe, expect, it } from "vitest";
import type { TQuizItem } from "@/lib/quiz/schemas";
import { assembleBankAnalysis, type TRawAnalysis } from "./assemble";

const choice = (options: string[], answer: number): TQuizItem => ({
  id: "pick",
  kind: "single_choice",
  generator: "authored",
  prompt: "Pick",
  options,
  answer: [answer],
  explanation: "",
  source: { table: -1, row: null, column: null },
});
const at = new Date("2026-01-01T00:00:00Z");

// Version 1 listed the options A, B, C; version 2 (published now) lists them C, A, B. Learner u1
// answered B on version 1 (index 1), u2 answered B on version 2 (index 2), u3 answered A twice.
const raw: TRawAnalysis = {
  bank: { slug: "b", name: "B", emoji: "🅱" },
  questions: [{ id: "q", number: 1, title: "Q", status: "published", publishedVersionId: "v2" }],
  items: [
    { id: "old", questionId: "q", questionVersionId: "v1", payload: choice(["A", "B", "C"], 1), retiredAt: null, createdAt: at },
    { id: "new", questionId: "q", questionVersionId: "v2", payload: choice(["C", "A", "B"], 2), retiredAt: null, createdAt: at },
    { id: "gone", questionId: "q", questionVersionId: "v1", payload: { ...choice(["X", "Y"], 0), id: "dropped" }, retiredAt: null, createdAt: at },
    { id: "unused", questionId: "q", questionVersionId: "v1", payload: { ...choice(["X", "Y"], 0), id: "never-answered" }, retiredAt: null, createdAt: at },
  ],
  retirements: [],
  itemCounts: [
    { quizItemId: "old", userId: "u1", correct: true, response: { kind: "single_choice", choice: 1 }, count: 1 },
    { quizItemId: "new", userId: "u2", correct: true, response: { kind: "single_choice", choice: 2 }, count: 1 },
    { quizItemId: "new", userId: "u3", correct: false, response: { kind: "single_choice", choice: 1 }, count: 2 },
    { quizItemId: "gone", userId: "u1", correct: false, response: { kind: "single_choice", choice: 1 }, count: 1 },
  ],
  unlinkedCounts: [{ questionId: "q", userId: "u3", correct: true, count: 3 }],
  itemTimes: [
    { quizItemId: "old", sum: 4000, count: 1 },
    { quizItemId: "new", sum: 8000, count: 2 },
  ],
  unlinkedTimes: [{ questionId: "q", sum: 3000, count: 3 }],
};

describe("assembleBankAnalysis", () => {
  const analysis = assembleBankAnalysis(raw);
  const question = analysis.questions[0]!;

  it("makes one item of every version's rows with the same content key, picks carried over by text", () => {
    const pick = question.items.find((i) => i.key === "pick");
    expect(pick).toMatchObject({ attempts: 4, learners: 3, facility: 0.5, averageMs: 4000, status: "live" });
    expect(pick?.options).toEqual([
      { label: "C", right: false, learners: 0, share: 0 },
      { label: "A", right: false, learners: 1, share: 1 / 3 },
      { label: "B", right: true, learners: 2, share: 2 / 3 },
    ]);
  });

  it("keeps an older item learners answered as gone, and drops one nobody answered", () => {
    expect(question.items.map((i) => [i.key, i.status])).toEqual([
      ["pick", "live"],
      ["dropped", "gone"],
    ]);
  });

  it("sums items and self-assessments into the question and the learners' bank scores", () => {
    // 5 item attempts (2 right) and 3 self-assessments (3 right): 5 of 8.
    expect(question).toMatchObject({ attempts: 8, learners: 3, facility: 5 / 8, averageMs: 15_000 / 6 });
    // Bank scores: u1 1/2, u2 1/1, u3 3/5 → upper {u2}, lower {u1}.
    expect(analysis).toMatchObject({ learners: 3, groupSize: 1 });
    expect(question.discrimination).toBe(1 - 0.5);
  });
});
