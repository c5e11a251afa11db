import { hashToUint32 } from "../hash-text";
import type { TMatchPair, TQuizItem } from "./item-schema";

export type THint = { removeOption: number | null; text: string | null };

/** A hint that narrows an item without answering it, or null where no fair hint exists (a
 * true/false statement, a recall card, a two-option choice). The same `seed` gives the same
 * hint, so asking twice reveals nothing more. */
export function buildHint(item: TQuizItem, seed: string): THint | null {
  switch (item.kind) {
    case "single_choice":
    case "multiple_choice": {
      const right = new Set(item.answer as number[]);
      const wrong = item.options.map((_, i) => i).filter((i) => !right.has(i));
      if (item.options.length < 3 || wrong.length === 0) return null;
      return { removeOption: wrong[hashToUint32(seed) % wrong.length]!, text: null };
    }
    case "short_text": {
      const answer = String(item.answer[0] ?? "").trim();
      if (answer.length < 3) return null;
      return { removeOption: null, text: `It starts with “${answer[0]}” and has ${answer.length} characters.` };
    }
    case "ordering": {
      if (item.options.length < 3) return null;
      return { removeOption: null, text: `The first line is: ${item.options[item.answer[0] as number] ?? ""}` };
    }
    case "matching": {
      const pairs = item.answer as TMatchPair[];
      if (pairs.length < 3) return null;
      const [fact, option] = pairs[hashToUint32(seed) % pairs.length]!;
      return { removeOption: null, text: `“${item.items?.[fact] ?? ""}” goes with “${item.options[option] ?? ""}”.` };
    }
    case "true_false":
    case "recall":
      return null;
  }
}
