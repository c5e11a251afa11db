import { readVerdict } from "./near-duplicate";
import {
  firstWord,
  hasLaterVerb,
  isAdverbialOpener,
  isDeterminer,
  isGerundPhrase,
  isImperative,
  isModal,
  isParticiple,
  isPluralNoun,
  isPreposition,
  isStateAdjective,
  isVerb,
  lastWord,
  opensSituation,
} from "./phrase-words";

// How an aspect (the first cell of a row) reads, which decides the sentence a question is built
// around. Examples from the bank:
//   question   "Is 0.1 exact?"                       asked as it stands
//   use        "Typical use", "Main remaining use"   "Which one is typically used for …?"
//   verb       "Remembers an owner", "Scales to"     "Which one remembers an owner?"
//   state      "Hashable", "Scheduled by", "Best for" "Which one is scheduled by …?"
//   ends-verb  "`utcoffset()` returns"               "For which one does `utcoffset()` return …?"
//   needed     "Inheritance needed"                  "For which one is inheritance needed?"
//   situation  "Extra release", "Passing an int"     "Extra release: which one raises …?"
//   noun       "Concurrency model" (anything else)   "For which one is the concurrency model …?"
export type TAspectShape =
  | { kind: "question" }
  | { kind: "use" }
  | { kind: "verb"; endsWithPreposition: boolean }
  | { kind: "state"; endsWithPreposition: boolean }
  | { kind: "ends-verb" }
  | { kind: "needed"; plural: boolean }
  | { kind: "situation" }
  | { kind: "noun"; plural: boolean };

export function classifyAspect(aspect: string): TAspectShape {
  const text = aspect.trim();
  if (text.endsWith("?")) return { kind: "question" };
  if (/^(typical|main|common|usual|everyday)( remaining)? uses?$/i.test(text)) return { kind: "use" };
  const first = firstWord(text);
  const last = lastWord(text);
  const endsWithPreposition = isPreposition(last);
  if (isVerb(first) || isModal(first)) return { kind: "verb", endsWithPreposition };
  if (isParticiple(first) || isStateAdjective(first)) return { kind: "state", endsWithPreposition };
  const words = text.split(/\s+/);
  if (words.length > 1 && isVerb(last)) return { kind: "ends-verb" };
  if (words.length > 1 && isParticiple(last)) {
    // "Outer await cancelled" is an event; "Inheritance needed", "Bare coroutines accepted" ask
    // whether something is required or allowed.
    return /^(needed|required|accepted|allowed|supported|expected)$/.test(last) ? { kind: "needed", plural: isPluralNoun(words.slice(0, -1).join(" ")) } : { kind: "situation" };
  }
  if (isDeterminer(first) || opensSituation(first) || isImperative(first) || isGerundPhrase(text) || words.slice(1).some((w) => isVerb(w.toLowerCase()))) {
    return { kind: "situation" };
  }
  return { kind: "noun", plural: isPluralNoun(text) };
}

// How a cell reads: a yes/no answer with an optional qualifier, a verb phrase ("Raises
// `KeyError`"), something short that reads as it is inside a sentence (a quantity, a literal, a
// word or two: "Hundreds", "O(1) average", "`None`", "Moderate"), a clause with its own verb
// ("Only the calling worker waits"), or any other phrase.
export type TValueShape = { kind: "verdict"; yes: boolean; rest: string } | { kind: "verb" } | { kind: "plain" } | { kind: "clause" } | { kind: "phrase" };

const QUANTITY =
  /^(about |around |roughly |exactly |up to |at most |at least |only |~)?(\d|one\b|two\b|three\b|four\b|ten\b|tens\b|hundreds\b|thousands\b|millions\b|dozens\b|a few\b|o\(|milli|micro|nano|seconds\b|minutes\b)/i;

export function classifyValue(value: string): TValueShape {
  const text = value.trim();
  const verdict = readVerdict(text);
  if (verdict !== null) {
    const rest = text.replace(/^\s*\S+?(?:[,;:.]\s*|\s+|$)/u, "").trim();
    return { kind: "verdict", yes: verdict === "yes", rest };
  }
  const first = firstWord(text);
  const second = text.trim().split(/\s+/)[1];
  if ((isVerb(first) || isModal(first)) && !/^[^\s]+[,;:]/.test(text) && second !== undefined) return { kind: "verb" };
  if (hasLaterVerb(text) && !opensSubordinate(text)) return { kind: "clause" };
  if (/^`[^`]+`$/.test(text) || (QUANTITY.test(text) && !/[;:]|\b(e\.g|i\.e)\./.test(text)) || /^[\p{L}-]+( [\p{L}-]+)?$/u.test(text)) return { kind: "plain" };
  return { kind: "phrase" };
}

// "Only after normal lookup fails", "When the last reference goes": the verb belongs to a
// subordinate clause and the cell reads on after "is called". "Only the calling worker waits"
// is a clause of its own.
function opensSubordinate(text: string): boolean {
  const [first = "", second = ""] = text.toLowerCase().split(/\s+/);
  if (first === "only") return isAdverbialOpener(second);
  return isAdverbialOpener(first) && !isDeterminer(first);
}

// A row whose every cell is a yes/no answer: its questions can ask "Which one is hashable?"
// and leave the qualifiers to the explanation. One cell that is not a yes/no ("Created via the
// group's `create_task()`") and the short form would hide what that cell says.
export function isYesNoRow(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => readVerdict(v) !== null);
}
