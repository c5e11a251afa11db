import { ZQuizItem, type TMatchPair, type TQuizItem } from "./item-schema";
import { normalizeText } from "./normalize-text";
import { ZResponse, type TGradeResult, type TRecallRating, type TResponse } from "./response-schema";

// Self-rated recall: "again" is a miss; "hard" is a pass with half credit so a caller that
// averages scores sees the struggle.
const RECALL_SCORES = { again: 0, hard: 0.5, good: 1, easy: 1 } as const satisfies Record<TRecallRating, number>;

const fail = (error: string): TGradeResult => ({ ok: false, error });

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function findIndexProblem(values: readonly number[], length: number, what: string): string | null {
  if (!values.every((v) => isIndex(v, length))) return `${what} index out of range (0..${length - 1})`;
  if (new Set(values).size !== values.length) return `duplicate ${what} indexes`;
  return null;
}

function describeAnswer(item: TQuizItem): string {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
    case "multiple_choice":
      return (item.answer as number[]).map((i) => item.options[i] ?? "").join("; ");
    case "ordering":
      return (item.answer as number[]).map((i) => item.options[i] ?? "").join(" → ");
    case "matching":
      return (item.answer as TMatchPair[]).map(([i, o]) => `${item.items?.[i] ?? ""} → ${item.options[o] ?? ""}`).join("; ");
    case "short_text":
      return String(item.answer[0] ?? "");
    case "recall":
      return item.explanation;
  }
}

// Grades one response. A response that does not fit the item (other kind, index out of range,
// duplicates, wrong length) is { ok: false } rather than a wrong answer, so a buggy or tampered
// client cannot record a miss; a malformed stored item is reported the same way. Both are
// re-validated because they usually arrive as JSON from a request or a database row. Never throws.
export function gradeResponse(item: TQuizItem, response: TResponse): TGradeResult {
  const parsedItem = ZQuizItem.safeParse(item);
  if (!parsedItem.success) return fail(`item is malformed: ${parsedItem.error.issues[0]?.message ?? "invalid"}`);
  const parsedResponse = ZResponse.safeParse(response);
  if (!parsedResponse.success) return fail(`response is malformed: ${describeIssue(parsedResponse.error.issues[0])}`);
  return gradeValid(parsedItem.data, parsedResponse.data);
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return "invalid";
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

function gradeValid(item: TQuizItem, response: TResponse): TGradeResult {
  if (response.kind !== item.kind) return fail(`response kind ${response.kind} does not fit a ${item.kind} item`);
  const n = item.options.length;
  const graded = (correct: boolean, score: number): TGradeResult => ({ ok: true, correct, score, correctAnswerText: describeAnswer(item) });

  switch (response.kind) {
    case "single_choice":
    case "true_false": {
      if (!isIndex(response.choice, n)) return fail(`choice index out of range (0..${n - 1})`);
      const correct = response.choice === item.answer[0];
      return graded(correct, correct ? 1 : 0);
    }
    case "multiple_choice": {
      const problem = findIndexProblem(response.choices, n, "choice");
      if (problem) return fail(problem);
      const expected = new Set(item.answer as number[]);
      const hits = response.choices.filter((c) => expected.has(c)).length;
      const wrongPicks = response.choices.length - hits;
      const correct = hits === expected.size && wrongPicks === 0;
      // Each wrong pick cancels a right one, so ticking every box scores 0, not a pass.
      const score = expected.size === 0 ? (correct ? 1 : 0) : Math.max(0, (hits - wrongPicks) / expected.size);
      return graded(correct, score);
    }
    case "ordering": {
      if (response.order.length !== n) return fail(`order must list all ${n} options`);
      const problem = findIndexProblem(response.order, n, "option");
      if (problem) return fail(problem);
      // Texts, not indexes: two identical lines (a program may print the same line twice) are
      // interchangeable, and either order of them is right.
      const correct = response.order.every((v, i) => item.options[v] === item.options[item.answer[i] as number]);
      return graded(correct, correct ? 1 : 0);
    }
    case "matching": {
      const items = item.items ?? [];
      if (response.pairs.length !== items.length) return fail(`pairs must match all ${items.length} items`);
      const itemProblem = findIndexProblem(
        response.pairs.map(([i]) => i),
        items.length,
        "item",
      );
      if (itemProblem) return fail(itemProblem);
      if (!response.pairs.every(([, o]) => isIndex(o, n))) return fail(`option index out of range (0..${n - 1})`);
      const expected = new Map((item.answer as TMatchPair[]).map(([i, o]) => [i, o]));
      const right = response.pairs.filter(([i, o]) => expected.get(i) === o).length;
      return graded(right === items.length, right / items.length);
    }
    case "short_text": {
      const given = normalizeText(response.text);
      const correct = given !== "" && (item.answer as string[]).some((a) => normalizeText(a) === given);
      return graded(correct, correct ? 1 : 0);
    }
    case "recall":
      return graded(response.rating !== "again", RECALL_SCORES[response.rating]);
  }
}
