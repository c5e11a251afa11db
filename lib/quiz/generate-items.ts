import { buildItem, type TBuildOptions, type TDraft } from "./build-item";
import { extractComparisonTables } from "./extract-comparison-tables";
import { generateFillTheCell } from "./generators/fill-the-cell";
import { generateMatching } from "./generators/matching";
import { generateOddOneOut } from "./generators/odd-one-out";
import { generateTrueFalse } from "./generators/true-false";
import { generateWhichSubject } from "./generators/which-subject";
import type { TGenerator, TQuizItem } from "./item-schema";
import { normalizeText } from "./normalize-text";
import { collectTableFacts } from "./table-facts";

// Per table and generator. A 9-row, 2-subject table gives at most 18+8+8+3+4 = 41 items; the
// caps keep one table from flooding a review session, and spreadPick keeps coverage even.
export const ITEM_CAPS = {
  "which-subject": 18,
  "true-false": 8,
  "fill-the-cell": 8,
  matching: 3,
  "odd-one-out": 4,
} as const satisfies Record<Exclude<TGenerator, "authored" | "predict-output" | "predict-time">, number>;

// Last line of defence for the rules every generator already aims for: a draft whose options
// collide after normalization would have two right answers, so it is dropped, not repaired.
function hasDistinctOptions(draft: TDraft): boolean {
  const lists = draft.generator === "matching" ? [draft.items] : [draft.options];
  if (draft.generator === "matching") lists.push(draft.options);
  return lists.every((list) => new Set(list.map(normalizeText)).size === list.length);
}

// Items from every usable comparison table in the markdown, in a fixed order: by table, then
// which-subject, true-false, matching, odd-one-out, fill-the-cell. The same markdown always
// gives the same items; the seed only changes option order, never ids or which items exist.
export function generateItemsFromMarkdown(markdown: string, options: TBuildOptions): TQuizItem[] {
  const items: TQuizItem[] = [];
  const ids = new Set<string>();
  for (const table of extractComparisonTables(markdown)) {
    const facts = collectTableFacts(table);
    const drafts: TDraft[] = [
      ...generateWhichSubject(facts, ITEM_CAPS["which-subject"]),
      ...generateTrueFalse(facts, ITEM_CAPS["true-false"]),
      ...generateMatching(facts, ITEM_CAPS.matching),
      ...generateOddOneOut(facts, ITEM_CAPS["odd-one-out"]),
      ...generateFillTheCell(facts, ITEM_CAPS["fill-the-cell"]),
    ];
    for (const draft of drafts) {
      if (!hasDistinctOptions(draft)) continue;
      const item = buildItem(draft, options);
      // Two tables stating the same fact give the same question: keep it once.
      if (ids.has(item.id)) continue;
      ids.add(item.id);
      items.push(item);
    }
  }
  return items;
}
