// Word-level helpers for turning table cells into sentences. Small closed word lists rather than
// a tagger: a table's aspect and its cells come from a narrow register ("Remembers an owner",
// "Scheduled by", "Raises `KeyError`"), and a word the lists do not know falls back to a template
// that quotes the cell as written, which is never wrong, only plainer.

// Verbs (third person singular) that open aspects and cells in comparison tables. Words that are
// as often plural nouns ("checks", "builds", "passes") are left out on purpose.
const VERBS = new Set(
  (
    "absorbs accepts acquires adds affects allocates allows assumes blocks breaks calls cancels checks compares contains converts " +
    "copies creates depends evaluates fails falls fits gets gives grows hangs has holds identifies ignores includes inserts keeps " +
    "leaks makes moves needs preserves produces propagates raises reads rebuilds receives releases remembers reorders requires " +
    "returns runs scales sees sends shares shines slows stalls starts stops stores succeeds supports survives switches takes " +
    "uses waits works wraps writes yields"
  ).split(" "),
);
// Also plural nouns ("kernel context switches", "Python releases"): they open a verb phrase at
// the start of a cell, but later in a cell they do not show it is a clause.
const NOUN_LIKE_VERBS = new Set("blocks breaks calls checks copies holds needs reads releases returns runs sets starts stores switches uses waits works writes yields".split(" "));
const MODALS = new Set(["can", "cannot", "must", "may", "might", "will", "should", "does", "is", "are"]);
const NEGATED_MODALS: Record<string, string> = {
  can: "cannot",
  must: "need not",
  may: "may not",
  might: "might not",
  will: "will not",
  should: "should not",
  does: "does not",
  is: "is not",
  are: "are not",
};
const IRREGULAR_PARTICIPLES = new Set([
  "built",
  "bound",
  "broken",
  "chosen",
  "done",
  "driven",
  "forbidden",
  "found",
  "frozen",
  "given",
  "held",
  "hidden",
  "kept",
  "known",
  "made",
  "overridden",
  "seen",
  "shown",
  "taken",
  "thrown",
  "written",
]);
const STATE_ADJECTIVES = new Set(["safe", "best", "free", "fast", "slow", "possible", "visible", "thread-safe", "ready"]);
const PREPOSITIONS = new Set([
  "about",
  "across",
  "after",
  "at",
  "before",
  "between",
  "by",
  "for",
  "from",
  "in",
  "inside",
  "into",
  "of",
  "on",
  "onto",
  "outside",
  "over",
  "per",
  "since",
  "through",
  "to",
  "under",
  "via",
  "with",
  "within",
  "without",
]);
// Words a value may start with that read on naturally after "is called", "is used": "only after
// normal lookup fails", "on every read".
const ADVERBIAL_OPENERS = new Set([
  ...PREPOSITIONS,
  "only",
  "always",
  "once",
  "when",
  "while",
  "whenever",
  "if",
  "unless",
  "as",
  "directly",
  "automatically",
  "first",
  "last",
  "rarely",
  "often",
  "usually",
  "seldom",
  "almost",
  "anywhere",
  "wherever",
  "everywhere",
]);
// Nouns ending in -s that take a singular verb.
const SINGULAR_IN_S = new Set(["maths", "news", "series", "species", "means", "status", "canvas", "alias", "bias"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "one", "two", "same", "each", "every", "any", "some"]);
const OPENERS_OF_SITUATIONS = new Set(["if", "when", "whenever", "while", "what", "who", "where", "which", "why", "how", "after", "before", "on", "once", "to"]);
const IMPERATIVES = new Set("acquire add append call compare convert create delete fetch find grow insert iterate mutate pass pop release remove send sort".split(" "));
const RELATIVE_WORDS = new Set(["it", "that", "which", "who", "what", "you", "we", "they", "whatever", "where", "when", "if", "unless"]);
// Plural verb forms that show a cell is a clause ("Several workers share one process").
const PLURAL_VERBS = new Set(["are", "become", "change", "fail", "keep", "need", "run", "share", "stay", "survive", "were", "have"]);
// Proper nouns that keep their capital mid-sentence.
const PROPER_NOUNS = new Set(["Python", "Cython", "Windows", "Linux", "Unicode", "English", "Java", "Django", "Flask", "I"]);

// First word of a text with surrounding punctuation stripped, lower-cased; "" for code.
export function firstWord(text: string): string {
  const token = text.trimStart().split(/\s+/)[0] ?? "";
  if (token.startsWith("`")) return "";
  return token.replace(/[,;:.!?]+$/u, "").toLowerCase();
}

export function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  const token = words[words.length - 1] ?? "";
  return token.startsWith("`") || token.endsWith("`") ? "" : token.replace(/[,;:.!?]+$/u, "").toLowerCase();
}

export function isVerb(word: string): boolean {
  return VERBS.has(word);
}

export function isModal(word: string): boolean {
  return MODALS.has(word);
}

export function isParticiple(word: string): boolean {
  return IRREGULAR_PARTICIPLES.has(word) || (/^[a-z-]{2,}ed$/.test(word) && !/(need|speed|seed|feed|bed)$/.test(word));
}

// Adjectives that describe a state: "hashable", "human-readable", "safe".
export function isStateAdjective(word: string): boolean {
  return STATE_ADJECTIVES.has(word) || /(able|ible)$/.test(word);
}

export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

export function isAdverbialOpener(word: string): boolean {
  return ADVERBIAL_OPENERS.has(word);
}

export function isDeterminer(word: string): boolean {
  return DETERMINERS.has(word);
}

// "If the class does not define it", "What you get back", "When called": a circumstance or a
// question word, not a thing.
export function opensSituation(word: string): boolean {
  return OPENERS_OF_SITUATIONS.has(word);
}

// A finite verb after the first word: the cell is a clause ("Only the calling worker waits",
// "Collaborators are easy to replace"), which reads badly after "the aspect is".
export function hasLaterVerb(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/`[^`]*`/g, "x")
    .split(/[\s,;:]+/)
    .slice(1);
  // A verb after a relative word belongs to a clause inside a noun phrase: "Only the object it is
  // called on", "Checks drift from what the operation requires".
  const end = words.findIndex((w) => RELATIVE_WORDS.has(w));
  return (end === -1 ? words : words.slice(0, end)).some((w) => (VERBS.has(w) && !NOUN_LIKE_VERBS.has(w)) || MODALS.has(w) || PLURAL_VERBS.has(w) || w === "cannot");
}

// "-ing" words followed by an object or a preposition ("Passing an int", "Growing in place")
// describe a situation, not a thing; "Switching points", "Blocking operations" are nouns.
export function isGerundPhrase(text: string): boolean {
  const [first = "", second = ""] = text.trim().toLowerCase().split(/\s+/);
  // "Meaning of `+`" is a noun with its complement; "Ordering" alone is a noun too.
  if (second === "of" || second === "") return false;
  return /^[a-z]{3,}ing$/.test(first) && (second.startsWith("`") || isDeterminer(second) || isPreposition(second) || second === "it");
}

// "Add one element", "Insert at the front": an operation, asked about as a situation.
export function isImperative(word: string): boolean {
  return IMPERATIVES.has(word);
}

// remembers → remember, identifies → identify, switches → switch, does → do, has → have.
export function toBaseVerb(word: string): string {
  if (word === "has") return "have";
  if (word === "does") return "do";
  if (word === "is") return "be";
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

// "remembers a position" → "does not remember a position"; "can return…" → "cannot return…".
export function negateVerbPhrase(phrase: string): string {
  const [first = "", ...rest] = phrase.split(" ");
  const negated = NEGATED_MODALS[first];
  if (negated) return [negated, ...rest].join(" ");
  if (first === "cannot") return ["can", ...rest].join(" ");
  return ["does not", toBaseVerb(first), ...rest].join(" ");
}

// Plural when the head noun (the last word before a preposition or clause) ends in a plural -s:
// "Switching points", "Cycles and shared references"; "Access to…", "Analysis" are singular.
export function isPluralNoun(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (isPreposition(w) || opensSituation(w) || isParticiple(w) || isStateAdjective(w)));
  const head = (cut === -1 ? words : words.slice(0, cut)).filter((w) => !w.startsWith("`"));
  if (head.includes("and")) return true;
  const last = (head[head.length - 1] ?? "").replace(/[^a-z]/g, "");
  if (SINGULAR_IN_S.has(last)) return false;
  return /[^su]s$/.test(last) && !/(ics|sis|ss|us|is)$/.test(last);
}

// Lower-cases the first word for use mid-sentence when it is a plain capitalised word, including
// hyphenated ones ("Start-up cost" → "start-up cost", "A tuple" → "a tuple"). Acronyms and mixed
// case ("GIL", "NumPy", "CPU-bound", "I/O"), code (`asyncio.run`), single capitals other than "A"
// ("C extension"), proper nouns ("Python 3.8") and the given names (table subjects) stay as written.
export function lowerFirstWord(text: string, keep: readonly string[] = []): string {
  const match = /^([\p{L}][\p{L}'’-]*)(?=$|[\s,;:?!.)])/u.exec(text);
  const word = match?.[1];
  if (!word) return text;
  const parts = word.split("-");
  const head = parts[0] ?? "";
  const plainCapital = /^\p{Lu}\p{Ll}+$/u.test(head) || head === "A";
  const restLower = parts.slice(1).every((p) => p === "" || /^[\p{Ll}'’]+$/u.test(p));
  if (!plainCapital || !restLower || PROPER_NOUNS.has(head) || keep.includes(word) || keep.includes(head)) return text;
  return head.toLowerCase() + text.slice(head.length);
}

export function quote(text: string): string {
  return `“${text}”`;
}
