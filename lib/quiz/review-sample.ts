import type { TComparisonTable } from "./extract-comparison-tables";
import type { TQuizItem } from "./item-schema";
import { createRandom, shufflePermutation } from "./seeded-random";

// One generated item with where it came from, for a human read of the bank.
export type TReviewEntry = { label: string; item: TQuizItem; table: TComparisonTable | undefined };

// `count` entries drawn without replacement, the same ones for the same seed and list.
export function pickReviewSample<T>(list: readonly T[], count: number, seed: number): T[] {
  return shufflePermutation(list.length, createRandom(seed))
    .slice(0, Math.max(0, count))
    .map((i) => list[i] as T);
}

const letter = (i: number) => String.fromCharCode(65 + i);

function describeSourceRow(entry: TReviewEntry): string[] {
  const { table, item } = entry;
  if (!table) return [];
  const rows = item.source.row === null ? [] : [table.rows[item.source.row]];
  return rows.flatMap((row) => (row ? [`Source row: ${row.attribute} | ${row.values.map((v, c) => `${table.subjects[c] ?? "?"}: ${v}`).join(" | ")}`] : []));
}

function describeAnswer(item: TQuizItem): string {
  switch (item.kind) {
    case "matching":
      return (item.answer as [number, number][]).map(([i, o]) => `${letter(i)} → ${item.options[o] ?? "?"}`).join("; ");
    case "ordering":
      return item.answer.map((i) => item.options[i as number] ?? "?").join(" → ");
    case "short_text":
      return item.answer.join(" | ");
    case "recall":
      return "(self-rated)";
    case "single_choice":
    case "true_false":
    case "multiple_choice":
      return item.answer.map((i) => `${letter(i as number)}. ${item.options[i as number] ?? "?"}`).join("; ");
  }
}

// Plain text, one block per item. Blind: the question only, so a reader can answer first; the
// key (answer, source row, explanation) comes from formatReviewKey.
export function formatReviewItem(entry: TReviewEntry, position: number, options: { blind: boolean }): string {
  const { item } = entry;
  const lines = [`── ${position} · ${entry.label} · ${item.generator}`, item.prompt];
  if (item.kind === "matching") {
    (item.items ?? []).forEach((text, i) => lines.push(`  ${letter(i)}. ${text}`));
    lines.push(`  → one of: ${item.options.join(" / ")}`);
  } else {
    const right = new Set(item.answer.map(Number));
    item.options.forEach((text, i) => lines.push(`  ${letter(i)}. ${text}${!options.blind && right.has(i) ? "   ← right" : ""}`));
  }
  if (!options.blind) lines.push(...formatReviewKeyLines(entry));
  return lines.join("\n");
}

function formatReviewKeyLines(entry: TReviewEntry): string[] {
  return [`Answer: ${describeAnswer(entry.item)}`, ...describeSourceRow(entry), `Explanation: ${entry.item.explanation}`];
}

export function formatReviewKey(entry: TReviewEntry, position: number): string {
  return [`── ${position} · ${entry.label}`, ...formatReviewKeyLines(entry)].join("\n");
}
