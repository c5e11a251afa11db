import type { TChoiceDraft } from "../build-item";
import { formatFact } from "../phrase-items";
import { rotateColumns, type TFact, type TTableFacts } from "../table-facts";

export const ODD_ONE_OUT_TRUE_FACTS = 3;

// "Which of these is not true of S?": three facts of S from three different rows plus one fact
// of another subject from a fourth row (from a row already shown it would stand out as the
// second answer to one aspect). Only facts that name no subject at all are used: any name in an
// option points at the odd one. Variants go round-robin over subjects, then over row chunks.
export function generateOddOneOut(table: TTableFacts, cap: number): TChoiceDraft[] {
  const k = table.subjects.length;
  const clean = (f: TFact | undefined): f is TFact => f !== undefined && !f.namesAnySubject;
  const chunksBySubject = table.subjects.map((_, s) => {
    const facts = table.rows.map((r) => r.facts[s]).filter(clean);
    const chunks: TFact[][] = [];
    for (let i = 0; i + ODD_ONE_OUT_TRUE_FACTS <= facts.length; i += ODD_ONE_OUT_TRUE_FACTS) {
      chunks.push(facts.slice(i, i + ODD_ONE_OUT_TRUE_FACTS));
    }
    return chunks;
  });
  const rounds = Math.max(0, ...chunksBySubject.map((c) => c.length));
  const drafts: TChoiceDraft[] = [];
  for (let j = 0; j < rounds && drafts.length < cap; j++) {
    for (let s = 0; s < k && drafts.length < cap; s++) {
      const trueFacts = chunksBySubject[s]?.[j];
      if (!trueFacts) continue;
      const odd = pickOddFact(table, s, j, trueFacts);
      if (!odd) continue;
      const subject = table.subjects[s] ?? "";
      drafts.push({
        generator: "odd-one-out",
        kind: "single_choice",
        prompt: `Which of these is *not* true of ${subject}?`,
        options: [...trueFacts, odd].map((f) => formatFact(f.attribute, f.value)),
        correct: ODD_ONE_OUT_TRUE_FACTS,
        explanation: `“${formatFact(odd.attribute, odd.value)}” describes ${odd.subject}; for ${subject} it is ${quoteValueOf(table, odd.row, s)}. The other three are true of ${subject}.`,
        source: { table: table.table, row: odd.row, column: s },
      });
    }
  }
  return drafts;
}

function pickOddFact(table: TTableFacts, s: number, j: number, trueFacts: readonly TFact[]): TFact | undefined {
  const k = table.subjects.length;
  const usedRows = new Set(trueFacts.map((f) => f.row));
  const others = rotateColumns(k, s + 1 + j).filter((c) => c !== s);
  const lastRow = table.rows.findIndex((r) => r.row === trueFacts[trueFacts.length - 1]?.row);
  for (const r of rotateColumns(table.rows.length, lastRow + 1)) {
    const row = table.rows[r];
    if (!row || usedRows.has(row.row)) continue;
    for (const c of others) {
      const fact = row.facts[c];
      if (fact && !fact.namesAnySubject) return fact;
    }
  }
  return undefined;
}

function quoteValueOf(table: TTableFacts, row: number, column: number): string {
  const value = table.rows.find((r) => r.row === row)?.facts[column]?.value;
  return value ? `“${value}”` : "different";
}
