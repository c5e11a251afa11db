// Which items look wrong, by the usual rules of thumb for classical item analysis. The page shows
// these thresholds next to the flags.

export const FLAG_RULES = {
  /** fewer attempts than this: "not enough data", no flags */
  minAttempts: 20,
  /** facility above this: too easy */
  tooEasy: 0.9,
  /** facility below this: too hard */
  tooHard: 0.2,
  /** discrimination index below this: weak (below 0: negative) */
  weakDiscrimination: 0.2,
} as const;

export type TFlagKind = "too_easy" | "too_hard" | "negative_discrimination" | "weak_discrimination" | "unpicked_distractor" | "distractor_beats_answer";
/** `label` is the short form for lists; `message` says what was seen and what to check. */
export type TItemFlag = { kind: TFlagKind; label: string; message: string; option?: number };

const LABELS: Record<TFlagKind, string> = {
  too_easy: "too easy",
  too_hard: "too hard",
  negative_discrimination: "negative discrimination",
  weak_discrimination: "weak discrimination",
  unpicked_distractor: "distractor nobody picks",
  distractor_beats_answer: "strong learners prefer a distractor",
};

export type TFlagInput = {
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  /** choice items: the options' texts, which are right, and how many learners picked each, all
   * of them and the upper group */
  options?: { labels: readonly string[]; answer: readonly number[]; picked: readonly number[]; upperPicked: readonly number[] };
};

const pct = (share: number) => `${Math.round(share * 100)}%`;
const fixed = (value: number) => value.toFixed(2).replace(/^-/, "−");

export function flagItem(input: TFlagInput): { enoughData: boolean; flags: TItemFlag[] } {
  if (input.attempts < FLAG_RULES.minAttempts) return { enoughData: false, flags: [] };
  const found: Omit<TItemFlag, "label">[] = [];
  const flags = { push: (flag: Omit<TItemFlag, "label">) => found.push(flag) };
  const { facility, discrimination } = input;
  if (facility !== null && facility > FLAG_RULES.tooEasy)
    flags.push({ kind: "too_easy", message: `Too easy: ${pct(facility)} of answers are right (above ${pct(FLAG_RULES.tooEasy)}).` });
  if (facility !== null && facility < FLAG_RULES.tooHard)
    flags.push({ kind: "too_hard", message: `Too hard: ${pct(facility)} of answers are right (below ${pct(FLAG_RULES.tooHard)}).` });
  if (discrimination !== null && discrimination < 0) {
    flags.push({
      kind: "negative_discrimination",
      message: `Negative discrimination (${fixed(discrimination)}): the weakest learners do better on it than the strongest. Check the answer key.`,
    });
  } else if (discrimination !== null && discrimination < FLAG_RULES.weakDiscrimination) {
    flags.push({
      kind: "weak_discrimination",
      message: `Weak discrimination (${fixed(discrimination)}, below ${fixed(FLAG_RULES.weakDiscrimination)}): strong and weak learners do about as well.`,
    });
  }
  const options = input.options;
  if (options) {
    const right = new Set(options.answer);
    const bestRight = Math.max(0, ...options.answer.map((i) => options.upperPicked[i] ?? 0));
    options.labels.forEach((label, i) => {
      if (right.has(i)) return;
      if ((options.picked[i] ?? 0) === 0) flags.push({ kind: "unpicked_distractor", option: i, message: `Nobody picks “${label}”: it distracts no one.` });
      else if ((options.upperPicked[i] ?? 0) > bestRight) {
        flags.push({
          kind: "distractor_beats_answer",
          option: i,
          message: `The strongest learners pick “${label}” more often than the right answer (${options.upperPicked[i]} against ${bestRight}): is it right too, or the key wrong?`,
        });
      }
    });
  }
  return { enoughData: true, flags: found.map((flag) => ({ ...flag, label: LABELS[flag.kind] })) };
}
