import type { TQuizItem } from "@/lib/quiz/schemas";
import type { TExportQuestion } from "./export-question";

// Moodle's GIFT format (docs.moodle.org/en/GIFT_format), written for Moodle's own importer
// (question/format/gift/format.php) and checked by parsing every exported item back with
// gift-pegjs in the tests. One question per line, questions separated by a blank line:
//
//   // [tag:concurrency]
//   ::Q60 which-subject-2e6d…::[markdown]For which one is …?{=Threading ~Async ####Because …}
//
// - `~ = # { } :` and `\` are escaped with a backslash everywhere (text, answers, names) and a
//   line break is written `\n`, so no text can end a question early or start an answer.
// - Question text is `[markdown]`: items are inline markdown (backticks, emphasis); Moodle gives
//   the answers and the feedback the question's format. Matching answers (the right-hand side)
//   are plain text in Moodle.
// - Kinds GIFT has: single choice (`=right ~wrong`), multiple choice (`~%50%right ~%-50%wrong`,
//   weights from Moodle's list of grades), true/false (`{T}`/`{F}`), short answer (`=a =b`, a
//   `*` escaped because Moodle reads it as a wildcard), matching (`=left -> right`). Ordering and
//   recall items have no GIFT form and are left out; so is a short answer or a matching left side
//   containing `->`, which Moodle would read as a matching arrow (a left side gets `-&gt;`).
//   A choice starting with `%` would read as a weight (`~%50%`): its `%` is written as the
//   entity `&#37;` (`&\#37;` in GIFT), which markdown shows as `%`; a short answer starting
//   with `%` is left out.

export type TGiftSkip = { reason: string };

const SPECIAL = /[\\~=#{}:]/g;

/** Escapes GIFT's control characters and writes line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** `$CATEGORY: $course$/top/Python/concurrency`: a `/` inside a name is doubled, as Moodle reads
 * category paths. A category line is its own block, so a blank line follows. */
export function formatGiftCategory(path: readonly string[]): string {
  return `$CATEGORY: $course$/top/${path.map((part) => part.replace(/\//g, "//").replace(/[\r\n]+/g, " ")).join("/")}\n\n`;
}

// Moodle's GIFT importer accepts any weight, but the question editor offers these grades; an
// answer share is written as the nearest of them so the question can be edited unchanged.
const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5];

function gradeFor(share: number): string {
  const nearest = MOODLE_GRADES.reduce((best, grade) => (Math.abs(grade - share) < Math.abs(best - share) ? grade : best));
  return String(nearest);
}

/** The item as one GIFT question (without the separating blank line), or why it has none. */
export function formatGiftItem(item: TQuizItem, options: { name: string; tags?: readonly string[] }): string | TGiftSkip {
  const answers = formatAnswers(item);
  if (typeof answers !== "string") return answers;
  const tags = (options.tags ?? []).map((tag) => `[tag:${tag}]`).join(" ");
  const feedback = item.explanation.trim() ? ` ####${escapeGift(item.explanation)}` : "";
  const head = tags ? `// ${tags}\n` : "";
  return `${head}::${escapeGift(options.name)}::[markdown]${escapeGift(questionText(item))}{${answers}${feedback}}\n`;
}

// A predict-the-output item is about a program the prompt does not repeat: it goes below the
// prompt as a fenced block.
function questionText(item: TQuizItem): string {
  if (!item.program) return item.prompt;
  return `${item.prompt}\n\n\`\`\`python\n${item.program.code.replace(/\n+$/, "")}\n\`\`\``;
}

// A leading % would open a weight; markdown shows the entity as the character.
const choiceText = (text: string) => escapeGift(text).replace(/^(\s*)%/, "$1&\\#37;");

function formatAnswers(item: TQuizItem): string | TGiftSkip {
  const index = (i: number) => item.answer.some((a) => a === i);
  switch (item.kind) {
    case "single_choice":
      return item.options.map((option, i) => `${index(i) ? "=" : "~"}${choiceText(option)}`).join(" ");
    case "multiple_choice": {
      const right = item.answer.length;
      const wrong = item.options.length - right;
      return item.options.map((option, i) => `~%${index(i) ? gradeFor(100 / right) : `-${gradeFor(100 / Math.max(wrong, 1))}`}%${choiceText(option)}`).join(" ");
    }
    case "true_false":
      // options are always ["True", "False"]: the answer index says which is right.
      return item.answer[0] === 0 ? "T" : "F";
    case "short_text": {
      const accepted = item.answer.filter((a): a is string => typeof a === "string");
      if (accepted.some((a) => a.includes("->"))) return { reason: "an accepted answer contains ->, which Moodle reads as a matching arrow" };
      if (accepted.some((a) => a.trimStart().startsWith("%"))) return { reason: "an accepted answer starts with %, which reads as a weight" };
      return accepted.map((a) => `=${escapeGift(a).replace(/\*/g, "\\*")}`).join(" ");
    }
    case "matching": {
      const pairs = item.answer.filter((a): a is [number, number] => Array.isArray(a));
      const lines = pairs.map(([left, right]) => `=${choiceText(item.items?.[left] ?? "").replace(/->/g, "-&gt;")} -> ${escapeGift(item.options[right] ?? "")}`);
      // Moodle lists every answer in each drop-down; a subject nothing matches is a distractor.
      const used = new Set(pairs.map(([, right]) => right));
      const spare = item.options.flatMap((option, i) => (used.has(i) ? [] : [`= -> ${escapeGift(option)}`]));
      return [...lines, ...spare].join(" ");
    }
    case "ordering":
      return { reason: "GIFT has no ordering questions" };
    case "recall":
      return { reason: "a recall card is graded by the learner; GIFT has no such question" };
  }
}

/** A whole bank: a header, then each question's items under `$CATEGORY: $course$/top/<bank>/<its
 * first tag>` (a new category line only when it changes), each item named `Q<number> <item id>`
 * and tagged with the question's tags. What was left out is said in a comment. */
export async function* streamGift(bank: { slug: string; name: string }, questions: AsyncIterable<TExportQuestion>): AsyncGenerator<string> {
  yield `// Interleave bank “${oneLine(bank.name)}” (${bank.slug}), published questions, in Moodle's GIFT format.\n`;
  yield "// Moodle: Question bank → Import → GIFT format, with “Get category from file” ticked: each\n";
  yield "// question's items land in a category named after the bank and the question's first tag.\n\n";
  let category = "";
  for await (const question of questions) {
    const path = [bank.name, question.tags[0] ?? "untagged"];
    const key = JSON.stringify(path);
    if (key !== category) {
      yield formatGiftCategory(path);
      category = key;
    }
    const written: string[] = [];
    const skipped: string[] = [];
    for (const item of question.items) {
      const text = formatGiftItem(item, { name: `Q${question.number} ${item.id}`, tags: question.tags });
      if (typeof text === "string") written.push(text);
      else skipped.push(`${item.id} (${text.reason})`);
    }
    const note = `// Q${question.number} “${oneLine(question.title)}”: ${written.length} item${written.length === 1 ? "" : "s"}${skipped.length > 0 ? `; left out: ${skipped.join(", ")}` : ""}\n`;
    if (written.length === 0) yield `${note}\n`;
    else yield `${note}${written.join("\n")}\n`;
  }
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");
