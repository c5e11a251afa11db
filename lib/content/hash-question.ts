import type { TParsedQuestion } from "./parse-question-file";

// FNV-1a over the parts a learner sees; stable across runs and platforms, and free of Node's
// crypto so this module stays pure. Collisions only cost a missed re-import, never data loss.
export function hashQuestion(q: Pick<TParsedQuestion, "title" | "difficulty" | "tags" | "body">): string {
  const text = JSON.stringify([q.title, q.difficulty, [...q.tags].sort(), q.body]);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}${text.length.toString(16)}`;
}
