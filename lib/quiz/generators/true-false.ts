import type { TChoiceDraft } from "../build-item";
import { describeRow, formatFact, lowerFirstWord } from "../phrasing";
import { rotateColumns, spreadPick, type TTableFacts } from "../table-facts";

export const TRUE_FALSE_OPTIONS = ["True", "False"] as const;

// Row i is about subject i mod k; truth alternates per round of subjects, so with two subjects
// both get true and false statements. A false statement borrows another subject's value from
// the same row. Values naming any subject are not used: under its own subject it gives "true"
// away, under another it gives "false" away.
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
    const statement = formatFact(lowerFirstWord(row.attribute), stated.value);
    const verdict = isTrue
      ? `True: for ${about.subject}, ${formatFact(lowerFirstWord(row.attribute), about.value)}.`
      : `False: that is ${stated.subject}; for ${about.subject}, ${formatFact(lowerFirstWord(row.attribute), about.value)}.`;
    drafts.push({
      generator: "true-false",
      kind: "true_false",
      prompt: `True or false: for ${about.subject}, ${statement}`,
      options: [...TRUE_FALSE_OPTIONS],
      correct: isTrue ? 0 : 1,
      explanation: `${verdict} ${describeRow(row.attribute, row.facts)}`,
      source: { table: table.table, row: row.row, column: about.column },
    });
  });
  return spreadPick(drafts, cap);
}
