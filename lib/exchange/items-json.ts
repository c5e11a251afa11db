import type { TExportQuestion } from "./export-question";

/** The JSON export, for other tools (README: "Items as JSON"):
 * { format: "interleave-items", version: 1, bank: { slug, name }, questions: [{ number, slug,
 * title, difficulty, tags, version, path, items: TQuizItem[] }] } — items exactly as lib/quiz
 * defines them (lib/quiz/README.md), the ones learners are offered now. Written question by
 * question, so a large bank streams. */
export const ITEMS_JSON_FORMAT = { format: "interleave-items", version: 1 } as const;

export async function* streamItemsJson(bank: { slug: string; name: string }, questions: AsyncIterable<TExportQuestion>): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(ITEMS_JSON_FORMAT.format)},"version":${ITEMS_JSON_FORMAT.version},"bank":${JSON.stringify({ slug: bank.slug, name: bank.name })},"questions":[`;
  let first = true;
  for await (const q of questions) {
    const row = { number: q.number, slug: q.slug, title: q.title, difficulty: q.difficulty, tags: q.tags, version: q.version, path: `/${bank.slug}/${q.number}`, items: q.items };
    yield `${first ? "\n" : ",\n"}${JSON.stringify(row)}`;
    first = false;
  }
  yield "\n]}\n";
}
