import type { Table } from "mdast";
import { visit } from "unist-util-visit";
import { z } from "zod";
import { parseMarkdown } from "../content/parse-markdown";
import { toCellText } from "./cell-text";
import { normalizeText } from "./normalize-text";

export const ZComparisonRow = z.object({ attribute: z.string(), values: z.array(z.string()) });
export type TComparisonRow = z.infer<typeof ZComparisonRow>;

// index counts every GFM table in the markdown (usable or not), so it matches what a reader
// sees and stays put when an earlier table is edited into or out of shape.
export const ZComparisonTable = z.object({
  index: z.number().int().nonnegative(),
  subjects: z.array(z.string()),
  rows: z.array(ZComparisonRow),
});
export type TComparisonTable = z.infer<typeof ZComparisonTable>;

export const MIN_SUBJECTS = 2;
export const MIN_ROWS = 2;

function toComparisonTable(table: Table, index: number): TComparisonTable | null {
  const [header, ...body] = table.children;
  if (!header) return null;
  const width = header.children.length;
  // A ragged row would put a fact under the wrong subject; rather no questions than wrong ones.
  if (body.some((row) => row.children.length !== width)) return null;
  const subjects = header.children.slice(1).map(toCellText);
  if (subjects.length < MIN_SUBJECTS || body.length < MIN_ROWS) return null;
  const keys = subjects.map(normalizeText);
  if (keys.some((k) => k === "") || new Set(keys).size !== keys.length) return null;
  const rows = body.map((row) => {
    const [first, ...rest] = row.children.map(toCellText);
    return { attribute: first ?? "", values: rest };
  });
  return { index, subjects, rows };
}

// Every usable comparison table: a first (aspect) column plus at least two subject columns with
// distinct, non-empty headers, at least two body rows, and no ragged rows. Rows are returned
// as written (also unusable ones), so row indexes match the markdown.
export function extractComparisonTables(markdown: string): TComparisonTable[] {
  const tables: TComparisonTable[] = [];
  let index = 0;
  visit(parseMarkdown(markdown), "table", (table: Table) => {
    const parsed = toComparisonTable(table, index);
    index++;
    if (parsed) tables.push(parsed);
  });
  return tables;
}
