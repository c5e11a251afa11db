import type { Root, Table } from "mdast";
import { visit } from "unist-util-visit";
import type { TContentError } from "./front-matter";

// GFM quietly pads or drops cells in a ragged row; for a comparison table that would silently
// shift a fact under the wrong subject, so a ragged row is an error.
export function checkTables(tree: Root, lineOffset = 0): TContentError[] {
  const errors: TContentError[] = [];
  visit(tree, "table", (table: Table) => {
    const width = table.children[0]?.children.length ?? 0;
    for (const row of table.children.slice(1)) {
      if (row.children.length !== width) {
        errors.push({
          line: (row.position?.start.line ?? 1) + lineOffset,
          message: `table row has ${row.children.length} cells but the header has ${width}`,
        });
      }
    }
  });
  return errors;
}
