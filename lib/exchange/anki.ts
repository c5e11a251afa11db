import { renderMarkdown } from "@/lib/content/render-markdown";
import { formatCsvRow } from "@/lib/csv/format-csv";
import type { TExportQuestion } from "./export-question";

// One Anki note per question: the question on the front, the model answer on the back, both as
// HTML (the answer rendered by the question page's own renderer, code highlighted). The header
// lines are Anki's file headers (Anki 2.1.55 and later read them, docs.ankiweb.net "Text Files"):
// comma-separated, fields are HTML, note type Basic (its Front and Back fields), a deck named
// after the bank, the tags column, and a GUID column so importing a newer export updates the
// notes it made before instead of adding duplicates. Older Anki versions: pick Comma, tick
// "Allow HTML in fields", map column 3 to Tags and ignore column 4.

export const ANKI_COLUMNS = ["Front", "Back", "Tags", "GUID"] as const;

export function ankiHeader(bank: { name: string }): string {
  const deck = `Interleave::${bank.name.replace(/[\r\n]+/g, " ")}`;
  return ["#separator:Comma", "#html:true", "#notetype:Basic", `#deck:${deck}`, `#columns:${ANKI_COLUMNS.join(",")}`, "#tags column:3", "#guid column:4"].join("\n") + "\n";
}

/** Anki tags have no spaces; `python::concurrency` nests under `python` in Anki's browser. */
export function ankiTags(bankSlug: string, question: Pick<TExportQuestion, "tags" | "difficulty">): string {
  return [...question.tags.map((tag) => `${bankSlug}::${tag}`), `${bankSlug}::difficulty::${question.difficulty}`].join(" ");
}

export async function formatAnkiRow(bankSlug: string, question: TExportQuestion): Promise<string> {
  const front = (await renderMarkdown(question.title)).trim().replace(/^<p>([\s\S]*)<\/p>$/, "$1");
  const back = (await renderMarkdown(question.bodyMarkdown)).trim();
  // Anki is not a spreadsheet: a field starting with = stays as written.
  return formatCsvRow([front, back, ankiTags(bankSlug, question), `interleave:${bankSlug}:${question.slug}`]);
}

export async function* streamAnkiCsv(bank: { slug: string; name: string }, questions: AsyncIterable<TExportQuestion>): AsyncGenerator<string> {
  yield ankiHeader(bank);
  for await (const question of questions) yield await formatAnkiRow(bank.slug, question);
}
