import type { TChoiceDraft } from "../build-item";
import { describeRow, quote } from "../phrasing";
import { spreadPick, type TTableFacts } from "../table-facts";

// One item per fact (row-major), except facts naming their own subject, which would answer
// themselves, and values two subjects share (two right answers). A row where two of three
// subjects share a value still asks about the third. Naming another subject is allowed: it
// misleads rather than gives away.
export function generateWhichSubject(table: TTableFacts, cap: number): TChoiceDraft[] {
  const rows = [...table.rows, ...table.sharedRows].sort((a, b) => a.row - b.row);
  const drafts = rows.flatMap((row) =>
    row.facts
      .filter((fact) => !fact.leaksOwnSubject && !fact.sharedInRow)
      .map(
        (fact): TChoiceDraft => ({
          generator: "which-subject",
          kind: "single_choice",
          prompt: `${row.attribute} — which one is described by: ${quote(fact.value)}?`,
          options: [...table.subjects],
          correct: fact.column,
          explanation: `${quote(fact.value)} describes ${fact.subject}. ${describeRow(row.attribute, row.facts)}`,
          source: { table: table.table, row: fact.row, column: fact.column },
        }),
      ),
  );
  return spreadPick(drafts, cap);
}
