import type { TChoiceDraft } from "../build-item";
import { phraseContrast, phraseFact, phraseFillTheCell } from "../phrase-items";
import { rotateColumns, spreadPick, toCell, type TFact, type TTableFacts } from "../table-facts";

export const MIN_FILL_THE_CELL_SUBJECTS = 3;

// Asks for the cell at (row, subject) — "What is Thread scheduled by?" — with the other
// subjects' cells of the same row as distractors: what the others say about the same aspect,
// so every option is the right kind of answer and only one is right for the subject. Another
// row's cell of the same subject would be true of it, or plainly off-topic. A table of two
// subjects would give a two-option mirror of which-subject, so it gets no fill-the-cell items.
// The asked column is offset by one from which-subject so the two tend to use different cells.
export function generateFillTheCell(table: TTableFacts, cap: number): TChoiceDraft[] {
  const k = table.subjects.length;
  if (k < MIN_FILL_THE_CELL_SUBJECTS) return [];
  const drafts: TChoiceDraft[] = [];
  table.rows.forEach((row, i) => {
    // A distractor naming its own subject is plainly wrong, one naming the asked subject looks
    // plainly right: neither may appear, and neither may the asked cell name its subject.
    const fair = (f: TFact | undefined, asked: number): f is TFact => f !== undefined && !f.leaksOwnSubject && !f.namedSubjects.includes(asked);
    const column = rotateColumns(k, i + 1).find((c) => fair(row.facts[c], c) && row.facts.filter((f) => f.column !== c && fair(f, c)).length >= k - 1);
    const fact = column === undefined ? undefined : row.facts[column];
    if (!fact) return;
    const distractors = row.facts.filter((f) => f.column !== fact.column);
    const cell = toCell(table, row, fact);
    drafts.push({
      generator: "fill-the-cell",
      kind: "single_choice",
      prompt: phraseFillTheCell(cell, fact.subject),
      options: [fact.value, ...distractors.map((d) => d.value)],
      correct: 0,
      explanation: `${phraseFact(fact.subject, cell)}${phraseContrast(distractors)}`,
      source: { table: table.table, row: fact.row, column: fact.column },
    });
  });
  return spreadPick(drafts, cap);
}
