import type { TChoiceDraft } from "../build-item";
import { describeRow, quote } from "../phrasing";
import { rotateColumns, spreadPick, type TFact, type TTableFacts } from "../table-facts";

export const FILL_THE_CELL_OPTIONS = 4;
const MIN_OPTIONS = 3;

// Asks for the cell at (row, subject); distractors come from the same row first (the other
// subjects' answers to the same aspect), then from the same column (the subject's answers to
// other aspects, nearest rows first). The asked column is offset by one from which-subject so
// the two generators tend to use different cells.
export function generateFillTheCell(table: TTableFacts, cap: number): TChoiceDraft[] {
  const k = table.subjects.length;
  const drafts: TChoiceDraft[] = [];
  table.rows.forEach((row, i) => {
    const column = rotateColumns(k, i + 1).find((c) => row.facts[c] && !row.facts[c].leaksOwnSubject);
    const fact = column === undefined ? undefined : row.facts[column];
    if (!fact) return;
    const asked = fact.column;
    // A distractor naming its own subject is plainly wrong, one naming the asked subject looks
    // plainly right: neither may appear.
    const fair = (f: TFact | undefined): f is TFact => f !== undefined && !f.leaksOwnSubject && !f.namedSubjects.includes(asked);
    const sameRow = row.facts.filter((f) => f.column !== asked).filter(fair);
    const sameColumn = rotateColumns(table.rows.length, i + 1)
      .filter((r) => r !== i)
      .map((r) => table.rows[r]?.facts[asked])
      .filter(fair);
    const seen = new Set([fact.key]);
    const distractors: TFact[] = [];
    for (const candidate of [...sameRow, ...sameColumn]) {
      if (distractors.length >= FILL_THE_CELL_OPTIONS - 1) break;
      if (seen.has(candidate.key)) continue;
      seen.add(candidate.key);
      distractors.push(candidate);
    }
    if (distractors.length + 1 < MIN_OPTIONS) return;
    drafts.push({
      generator: "fill-the-cell",
      kind: "single_choice",
      // An aspect that is itself a question is asked as it stands.
      prompt: row.attribute.endsWith("?") ? `For ${fact.subject}: ${row.attribute}` : `For ${fact.subject}, which fits ${quote(row.attribute)}?`,
      options: [fact.value, ...distractors.map((d) => d.value)],
      correct: 0,
      explanation: `${fact.subject} — ${row.attribute}: ${fact.value}. ${describeRow(row.attribute, row.facts)}`,
      source: { table: table.table, row: fact.row, column: asked },
    });
  });
  return spreadPick(drafts, cap);
}

