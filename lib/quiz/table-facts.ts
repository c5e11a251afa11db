import { isYesNoRow } from "./classify-row";
import type { TComparisonTable } from "./extract-comparison-tables";
import { areNearDuplicates, readVerdict } from "./near-duplicate";
import type { TCell } from "./phrase-items";
import { normalizeText } from "./normalize-text";
import { createSubjectNamer, type TSubjectNamer } from "./subject-names";

export type TFact = {
  row: number; // body-row index in the table
  column: number; // subject-column index
  attribute: string;
  subject: string;
  value: string;
  key: string; // normalizeText(value), for uniqueness checks
  leaksOwnSubject: boolean; // the value or the aspect names its own subject: never a clue or option
  namesAnySubject: boolean; // the value or the aspect names some subject of the table
  namedSubjects: number[]; // which ones (column indexes)
  sharedInRow: boolean; // another subject's cell in this row says the same (see near-duplicate.ts)
};

// yesNo: every cell of the row is a yes/no answer, so questions may use the short yes/no form.
export type TFactRow = { row: number; attribute: string; yesNo: boolean; facts: TFact[] };

// rows: the rows every generator may use. sharedRows: rows where two subjects' cells say the same
// (or a cell is empty); only which-subject uses them, and only their unshared facts.
export type TTableFacts = { table: number; subjects: string[]; namer: TSubjectNamer; rows: TFactRow[]; sharedRows: TFactRow[] };

// A usable row has a non-empty aspect, a non-empty cell for every subject, and no two cells that
// are near-duplicates ("No" and "No, on the standard GIL build"): otherwise "which one…" has two
// right answers and a "false" statement borrowed from the other cell is true. Later rows
// repeating an earlier aspect are dropped.
export function collectTableFacts(table: TComparisonTable): TTableFacts {
  const namer = createSubjectNamer(table.subjects);
  const seenAttributes = new Set<string>();
  const rows: TFactRow[] = [];
  const sharedRows: TFactRow[] = [];
  table.rows.forEach((source, row) => {
    const attributeKey = normalizeText(source.attribute);
    if (attributeKey === "" || seenAttributes.has(attributeKey)) return;
    seenAttributes.add(attributeKey);
    const aspectNames = namer.listNamedSubjects(source.attribute);
    const isShared = (column: number) => source.values.some((other, c) => c !== column && areNearDuplicates(source.values[column] ?? "", other));
    const facts = source.values.map((value, column): TFact => {
      const named = new Set([...aspectNames, ...namer.listNamedSubjects(value)]);
      return {
        row,
        column,
        attribute: source.attribute,
        subject: table.subjects[column] ?? "",
        value,
        key: normalizeText(value),
        leaksOwnSubject: named.has(column),
        namesAnySubject: named.size > 0,
        namedSubjects: [...named].sort((a, b) => a - b),
        sharedInRow: isShared(column),
      };
    });
    const factRow = { row, attribute: source.attribute, yesNo: isYesNoRow(source.values), facts };
    (facts.some((f) => f.sharedInRow) ? sharedRows : rows).push(factRow);
  });
  return { table: table.index, subjects: table.subjects, namer, rows, sharedRows };
}

// Evenly spread picks when a generator is capped, so a long table is covered end to end
// rather than only its first rows.
export function spreadPick<T>(list: readonly T[], cap: number): T[] {
  if (list.length <= cap) return [...list];
  return Array.from({ length: cap }, (_, i) => list[Math.floor((i * list.length) / cap)] as T);
}

// Columns to try for a row, starting at a preferred one and wrapping around.
export function rotateColumns(count: number, start: number): number[] {
  return Array.from({ length: count }, (_, i) => (start + i) % count);
}

// The cell as the phrasing layer takes it.
export function toCell(table: TTableFacts, row: TFactRow, fact: TFact): TCell {
  const rowHasVerdict = row.facts.some((f) => readVerdict(f.value) !== null);
  return { aspect: row.attribute, value: fact.value, yesNo: row.yesNo, subjects: table.subjects, rowHasVerdict };
}
