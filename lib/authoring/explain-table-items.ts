import type { Table } from "mdast";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { extractComparisonTables, MIN_ROWS, MIN_SUBJECTS, collectTableFacts } from "@/lib/quiz";

/** Why a table, row or cell gives fewer quiz items than it could: the generator rules of
 * lib/quiz/README.md, said where the author can fix them. Lines are 1-based in the body. */
export type TItemNote = { line: number; table: number; message: string };

// The writing guide in content/README.md; below it a table still works, but poorly.
const GOOD_ROWS = 4;
const GOOD_SUBJECTS = 3;

export function explainTableItems(body: string): TItemNote[] {
  const notes: TItemNote[] = [];
  const tables: Table[] = [];
  visit(parseMarkdown(body), "table", (table: Table) => {
    tables.push(table);
  });
  const usable = new Map(extractComparisonTables(body).map((table) => [table.index, table]));
  tables.forEach((node, index) => {
    const tableLine = node.position?.start.line ?? 1;
    const rowLine = (row: number) => node.children[row + 1]?.position?.start.line ?? tableLine;
    const note = (line: number, message: string) => notes.push({ line, table: index, message });
    const table = usable.get(index);
    if (!table) {
      note(tableLine, `table ${index + 1} gives no quiz items: ${whyUnusable(node)}`);
      return;
    }
    if (table.subjects.length > GOOD_SUBJECTS) note(tableLine, `table ${index + 1} compares ${table.subjects.length} subjects; 2–3 make clearer questions`);
    const facts = collectTableFacts(table);
    const used = new Set([...facts.rows, ...facts.sharedRows].map((row) => row.row));
    table.rows.forEach((row, i) => {
      if (used.has(i)) return;
      note(
        rowLine(i),
        row.attribute.trim() === ""
          ? "this row has no aspect in its first cell, so it gives no items"
          : `“${row.attribute}” repeats an earlier row's aspect, so this row gives no items`,
      );
    });
    for (const row of facts.sharedRows) {
      const empty = row.facts.filter((f) => f.value.trim() === "").map((f) => f.subject);
      const reason = empty.length > 0 ? `${empty.join(" and ")} ${empty.length === 1 ? "has" : "have"} an empty cell` : "two subjects share the same value";
      note(rowLine(row.row), `“${row.attribute}”: ${reason}, so this row only asks which subject fits its other cells`);
    }
    for (const row of [...facts.rows, ...facts.sharedRows]) {
      for (const fact of row.facts) {
        if (fact.leaksOwnSubject)
          note(rowLine(row.row), `“${row.attribute}” under ${fact.subject} names its own subject, which gives the answer away: the cell is never used as a clue or an option`);
      }
    }
    if (facts.rows.length < GOOD_ROWS)
      note(
        tableLine,
        `table ${index + 1} has ${facts.rows.length} fully usable ${facts.rows.length === 1 ? "row" : "rows"}; with at least ${GOOD_ROWS} every kind of item can be made`,
      );
  });
  return notes.sort((a, b) => a.line - b.line);
}

function whyUnusable(table: Table): string {
  const [header, ...body] = table.children;
  const width = header?.children.length ?? 0;
  if (body.some((row) => row.children.length !== width)) return "a row has a different number of cells than the header";
  if (width - 1 < MIN_SUBJECTS) return `it needs an aspect column and at least ${MIN_SUBJECTS} subject columns`;
  if (body.length < MIN_ROWS) return `it needs at least ${MIN_ROWS} rows below the header`;
  return "its subject headers must be distinct and not empty";
}
