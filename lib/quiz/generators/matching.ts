import type { TMatchingDraft } from "../build-item";
import { normalizeText } from "../normalize-text";
import { describeRow, formatFact } from "../phrase-items";
import { spreadPick, type TFactRow, type TTableFacts } from "../table-facts";

export const MATCHING_ROWS_PER_ITEM = 2;
const MIN_ITEMS = 3;

// Consecutive pairs of usable rows; every fact of those rows becomes an item ("Aspect: value"
// so equal short values such as "Yes" in two rows stay distinguishable) to be matched to its
// subject. A fact naming any subject is left out: its own name answers it, another's rules one
// out. A leftover single row joins the last pair.
export function generateMatching(table: TTableFacts, cap: number): TMatchingDraft[] {
  const groups: TFactRow[][] = [];
  for (let i = 0; i + MATCHING_ROWS_PER_ITEM <= table.rows.length; i += MATCHING_ROWS_PER_ITEM) {
    groups.push(table.rows.slice(i, i + MATCHING_ROWS_PER_ITEM));
  }
  const leftover = table.rows.length % MATCHING_ROWS_PER_ITEM === 0 ? [] : table.rows.slice(-(table.rows.length % MATCHING_ROWS_PER_ITEM));
  if (leftover.length > 0 && groups.length > 0) groups[groups.length - 1]?.push(...leftover);

  const drafts: TMatchingDraft[] = [];
  for (const rows of groups) {
    const facts = rows.flatMap((r) => r.facts).filter((f) => !f.namesAnySubject);
    const seen = new Set<string>();
    const usable = facts.filter((f) => {
      const key = normalizeText(formatFact(f.attribute, f.value));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (usable.length < MIN_ITEMS) continue;
    const spansRows = rows.length > 1;
    drafts.push({
      generator: "matching",
      prompt: `Match each statement to ${listSubjects(table.subjects)}.`,
      items: usable.map((f) => formatFact(f.attribute, f.value)),
      options: [...table.subjects],
      matches: usable.map((f) => f.column),
      explanation: rows.map((r) => describeRow(r.attribute, r.facts)).join(" "),
      source: { table: table.table, row: spansRows ? null : (rows[0]?.row ?? null), column: null },
    });
  }
  return spreadPick(drafts, cap);
}

// "Threading or Async"; "multiprocessing, threading or asyncio".
function listSubjects(subjects: readonly string[]): string {
  return subjects.length <= 2 ? subjects.join(" or ") : `${subjects.slice(0, -1).join(", ")} or ${subjects[subjects.length - 1] ?? ""}`;
}
