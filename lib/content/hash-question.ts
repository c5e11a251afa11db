import { hashText } from "../hash-text";
import type { TParsedQuestion } from "./parse-question-file";

// The parts a learner sees; a change to any of them is a new question version. Tag order does
// not count.
export function hashQuestion(q: Pick<TParsedQuestion, "title" | "difficulty" | "tags" | "body">): string {
  return hashText(JSON.stringify([q.title, q.difficulty, [...q.tags].sort(), q.body]));
}
