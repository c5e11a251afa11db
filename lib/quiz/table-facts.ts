import type { TComparisonTable } from "./extract-comparison-tables";
import { normalizeText } from "./normalize-text";
import { createSubjectNamer } from "./subject-names";

export type TFact = {
  row: number; // body-row index in the table
  column: number; // subject-column index
  attribute: string;
  subject: string;
  value: string;
  key: string; // normalizeText(value), for uniqueness checks
  leaksOwnSubject: boolean; // the value names its own subject: never usable as a clue or option
  namesAnySubject: boolean; // the value names some subject of the table
  namedSubjects: number[]; // which ones (column indexes)
  sharedInRow: boolean; // another subject has the same value in this row (or the cell is empty)
};

export type TFactRow = { row: number; attribute: string; facts: TFact[] };

// rows: the rows every generator may use. sharedRows: rows where two subjects share a value
// (or a cell is empty); only which-subject uses them, and only their unshared facts.
export type TTableFacts = { table: number; subjects: string[]; rows: TFactRow[]; sharedRows: TFactRow[] };

// A usable row has a non-empty aspect, a non-empty value for every subject, and no two subjects
// sharing a value: otherwise "which one is described by" has two right answers and a "false"
// true/false statement is true. Later rows repeating an earlier aspect are dropped.
export function collectTableFacts(table: TComparisonTable): TTableFacts {
  const namer = createSubjectNamer(table.subjects);
  const seenAttributes = new Set<string>();
  const rows: TFactRow[] = [];
  const sharedRows: TFactRow[] = [];
  table.rows.forEach((source, row) => {
    const attributeKey = normalizeText(source.attribute);
    if (attributeKey === "" || seenAttributes.has(attributeKey)) return;
    seenAttributes.add(attributeKey);
    const keys = source.values.map(normalizeText);
    const isShared = (key: string) => key === "" || keys.filter((k) => k === key).length > 1;
    const facts = source.values.map((value, column): TFact => {
      const named = namer.listNamedSubjects(value);
      return {
        row,
        column,
        attribute: source.attribute,
        subject: table.subjects[column] ?? "",
        value,
        key: keys[column] ?? "",
        leaksOwnSubject: named.has(column),
        namesAnySubject: named.size > 0,
        namedSubjects: [...named].sort((a, b) => a - b),
        sharedInRow: isShared(keys[column] ?? ""),
      };
    });
    (facts.some((f) => f.sharedInRow) ? sharedRows : rows).push({ row, attribute: source.attribute, facts });
  });
  return { table: table.index, subjects: table.subjects, rows, sharedRows };
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
