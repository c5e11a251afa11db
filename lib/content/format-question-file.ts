import { stringify } from "yaml";
import { normalizeBody } from "./normalize-body";
import { slugify } from "./slugify";

// The inverse of parse-question-file.ts: a bank folder written from the database reads back as
// the same questions, so `bank:export` followed by `content:import` changes nothing. Keys come in
// the order the hand-written files use; values go through the YAML library, which quotes only
// what needs quoting.

export type TQuestionFileContent = { number: number; title: string; slug: string; tags: readonly string[]; difficulty: "easy" | "medium" | "hard"; body: string };
export type TBankFileContent = { slug: string; name: string; emoji: string; description: string; planned: number | null; intro: string };

const scalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

/** `060-difference-between-async-and-threading.md`: three digits, like the files in content/. */
export function questionFileName(question: { number: number; slug: string }): string {
  return `${String(question.number).padStart(3, "0")}-${question.slug}.md`;
}

export function formatQuestionFile(question: TQuestionFileContent): string {
  const lines = ["---", `number: ${question.number}`, `title: ${scalar(question.title)}`];
  // The slug is written only when the title would not give it back (a title edited after the
  // question was created keeps the question's slug, and with it its identity).
  if (slugify(question.title) !== question.slug) lines.push(`slug: ${question.slug}`);
  // A tag of digits only would read back as a number without its quotes.
  lines.push(`tags: [${question.tags.map(scalar).join(", ")}]`, `difficulty: ${question.difficulty}`, "---");
  return `${lines.join("\n")}\n${normalizeBody(question.body)}`;
}

export function formatBankFile(bank: TBankFileContent): string {
  const lines = ["---", `slug: ${bank.slug}`, `name: ${scalar(bank.name)}`, `emoji: ${JSON.stringify(bank.emoji)}`, `description: ${scalar(bank.description)}`];
  if (bank.planned) lines.push(`planned: ${bank.planned}`);
  lines.push("---");
  const intro = bank.intro.trim();
  return `${lines.join("\n")}\n${intro ? `${intro}\n` : ""}`;
}
