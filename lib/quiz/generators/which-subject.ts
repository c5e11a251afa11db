import type { TChoiceDraft } from "../build-item";
import { phraseContrast, phraseFact, phraseWhichSubject } from "../phrase-items";
import { spreadPick, toCell, type TTableFacts } from "../table-facts";

// One item per fact (row-major): "Which one remembers an owner?", options = the subjects. Left
// out: a cell another subject's cell restates (two right answers), and a prompt that names any
// subject (checked on the sentence actually shown, aspect included): its own name gives the
// answer away, another's rules that one out, which with two subjects is the same thing.
export function generateWhichSubject(table: TTableFacts, cap: number): TChoiceDraft[] {
  const rows = [...table.rows, ...table.sharedRows].sort((a, b) => a.row - b.row);
  const drafts = rows.flatMap((row) =>
    row.facts.flatMap((fact): TChoiceDraft[] => {
      if (fact.sharedInRow || fact.namesAnySubject) return [];
      const cell = toCell(table, row, fact);
      const prompt = phraseWhichSubject(cell);
      if (table.namer.listNamedSubjects(prompt).size > 0) return [];
      const others = row.facts.filter((f) => f.column !== fact.column);
      return [
        {
          generator: "which-subject",
          kind: "single_choice",
          prompt,
          options: [...table.subjects],
          correct: fact.column,
          explanation: `${phraseFact(fact.subject, cell)}${phraseContrast(others)}`,
          source: { table: table.table, row: fact.row, column: fact.column },
        },
      ];
    }),
  );
  return spreadPick(drafts, cap);
}
