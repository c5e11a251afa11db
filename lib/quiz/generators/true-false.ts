import type { TChoiceDraft } from "../build-item";
import { phraseContrast, phraseFact, phraseTrueFalse } from "../phrase-items";
import { rotateColumns, spreadPick, toCell, type TTableFacts } from "../table-facts";

export const TRUE_FALSE_OPTIONS = ["True", "False"] as const;

// Row i is about subject i mod k; truth alternates per round of subjects, so with two subjects
// both get true and false statements. A false statement borrows another subject's cell from
// the same row (usable rows have no near-duplicate cells, so it really is false). Cells or
// aspects naming any subject are not used: under its own subject a name gives "true" away,
// under another it gives "false" away.
export function generateTrueFalse(table: TTableFacts, cap: number): TChoiceDraft[] {
  const k = table.subjects.length;
  const drafts: TChoiceDraft[] = [];
  table.rows.forEach((row, i) => {
    const about = row.facts[i % k];
    if (!about) return;
    const isTrue = Math.floor(i / k) % 2 === 0;
    const stated = isTrue
      ? about
      : rotateColumns(k, about.column + 1)
          .filter((c) => c !== about.column)
          .map((c) => row.facts[c])
          .find((f) => f !== undefined && !f.namesAnySubject);
    if (!stated || stated.namesAnySubject) return;
    const statedCell = toCell(table, row, stated);
    // The sentence without the subject's own name must name nobody.
    const borrowed = !isTrue;
    if (table.namer.listNamedSubjects(phraseTrueFalse(statedCell, "it", { borrowed })).size > 0) return;
    const own = phraseFact(about.subject, toCell(table, row, about));
    const others = row.facts.filter((f) => f.column !== about.column);
    drafts.push({
      generator: "true-false",
      kind: "true_false",
      prompt: phraseTrueFalse(statedCell, about.subject, { borrowed }),
      options: [...TRUE_FALSE_OPTIONS],
      correct: isTrue ? 0 : 1,
      explanation: isTrue ? `True. ${own}${phraseContrast(others)}` : `False: that describes ${stated.subject}. ${own}`,
      source: { table: table.table, row: row.row, column: about.column },
    });
  });
  return spreadPick(drafts, cap);
}
