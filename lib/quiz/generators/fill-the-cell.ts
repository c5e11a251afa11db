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
    // An option naming a subject says whose cell it is (plainly right for the asked one, plainly
    // wrong for any other), so every option must name none.
    const fair = (f: TFact | undefined): f is TFact => f !== undefined && !f.namesAnySubject;
    const column = row.facts.every(fair) ? rotateColumns(k, i + 1)[0] : undefined;
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
