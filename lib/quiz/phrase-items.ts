import { classifyAspect, classifyValue, type TAspectShape } from "./classify-row";
import {
  firstWord,
  isAdverbialOpener,
  isModal,
  isParticiple,
  isPreposition,
  isStateAdjective,
  isVerb,
  isPluralNoun,
  lastWord,
  lowerFirstWord,
  negateVerbPhrase,
  quote,
  toBaseVerb,
} from "./phrase-words";

// The sentences of generated items, one template per generator and aspect shape (see
// classify-row.ts), so prompts read like a person wrote them: "Which one remembers an owner?",
// "True or false: tuple is hashable (if every element is hashable).", "What is Thread scheduled
// by?". A shape the templates do not know well falls back to quoting the cell as written.

export type TCell = {
  aspect: string;
  value: string;
  // Every cell of the row is a yes/no answer (see isYesNoRow).
  yesNo: boolean;
  // The table's subjects: their capitals survive lower-casing ("Process", "Lock").
  subjects: readonly string[];
  // Some cell of the row is a yes/no answer: the aspect is a yes/no question.
  rowHasVerdict?: boolean;
};

const lower = (text: string, cell: TCell) => lowerFirstWord(text, cell.subjects);
// Subjects like "f-strings" take plural verbs: "f-strings are…", "f-strings do not…".
function agree(subject: string, predicate: string): string {
  if (subject.includes("`") || !isPluralNoun(subject)) return predicate;
  const [first = "", second = "", ...rest] = predicate.split(" ");
  if (first === "is")
    return ["are", second, ...rest]
      .filter((w, i) => i > 0 || w)
      .join(" ")
      .trim();
  if (first === "has") return ["have", second, ...rest].join(" ").trim();
  if (first === "does" && second === "not") return ["do not", ...rest].join(" ");
  if (isVerb(first)) return [toBaseVerb(first), second, ...rest].join(" ").trim();
  return predicate;
}
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const shapeEndsWithPreposition = (shape: TAspectShape) => (shape.kind === "verb" || shape.kind === "state") && shape.endsWithPreposition;
const isAre = (plural: boolean) => (plural ? "are" : "is");
// A closing full stop goes; an ellipsis ("`pop`, ...") and a question mark stay.
const dropFinal = (text: string) => (/[^.]\.$/u.test(text) ? text.slice(0, -1) : text);

// A value inside a sentence: quantities and literals as they are ("hundreds", `None`), anything
// longer in quotes so its own commas and semicolons do not blur where it ends.
function inline(cell: TCell): string {
  const value = dropFinal(cell.value.trim());
  return classifyValue(value).kind === "plain" ? lower(value, cell) : quote(lower(value, cell));
}

// A value that continues a predicate ("is scheduled by …", "scales to …"): always unquoted.
function continuation(cell: TCell): string {
  return dropFinal(lower(cell.value.trim(), cell));
}

// "Required methods", "Nested objects": a participle or adjective in front of a noun, which
// reads as a noun phrase; "Introduced", "Hashable" alone do not.
function modifiesNoun(aspect: string): boolean {
  const words = aspect.trim().toLowerCase().split(/\s+/);
  const last = lastWord(aspect);
  return words.length > 1 && !isPreposition(words[1] ?? "") && last !== "" && !isParticiple(last) && !isStateAdjective(last) && !isPreposition(last);
}

function splitNeeded(aspect: string): { noun: string; participle: string } {
  const words = aspect.trim().split(/\s+/);
  return { noun: words.slice(0, -1).join(" "), participle: words[words.length - 1] ?? "" };
}

function splitEndVerb(aspect: string): { head: string; verb: string } {
  const words = aspect.trim().split(/\s+/);
  return { head: words.slice(0, -1).join(" "), verb: toBaseVerb(lastWord(aspect)) };
}

// The yes/no claim about one subject, without the subject: "is hashable", "does not remember an
// owner", "has no access to per-object state". null when the aspect's shape gives no sentence.
function yesNoPredicate(shape: TAspectShape, aspect: string, yes: boolean, cell: TCell): string | null {
  const text = dropFinal(lower(aspect.trim(), cell));
  switch (shape.kind) {
    case "verb":
      return yes ? text : negateVerbPhrase(text);
    case "state":
      return `is ${yes ? "" : "not "}${text}`;
    case "noun":
      return yes ? `has ${text}` : `has no ${text}`;
    case "needed":
    case "question":
    case "use":
    case "ends-verb":
    case "situation":
      return null;
  }
}

function yesNoFor(cell: TCell): { yes: boolean; rest: string } | null {
  const shape = classifyValue(cell.value);
  return cell.yesNo && shape.kind === "verdict" ? shape : null;
}

export function phraseWhichSubject(cell: TCell): string {
  const shape = classifyAspect(cell.aspect);
  const aspect = cell.aspect.trim();
  const verdict = yesNoFor(cell);
  if (verdict) {
    if (shape.kind === "needed") {
      const { noun, participle } = splitNeeded(aspect);
      return `For which one ${isAre(shape.plural)} ${lower(noun, cell)} ${verdict.yes ? "" : "not "}${participle}?`;
    }
    if (shape.kind === "question") return `${aspect} For which one is the answer ${verdict.yes ? "yes" : "no"}?`;
    const predicate = yesNoPredicate(shape, aspect, verdict.yes, cell);
    if (predicate) return `Which one ${predicate}?`;
  }
  const value = classifyValue(cell.value).kind;
  const opensAdverbially = isAdverbialOpener(firstWord(cell.value));
  if (shape.kind === "question") return `${aspect} For which one is it ${inline(cell)}?`;
  if (value === "verb") return `${dropFinal(aspect)}: which one ${continuation(cell)}?`;
  // A yes/no in a row that is not all yes/no ("Only if frozen" | "Yes, if its fields are" |
  // "Never") is quoted whole: "Which one is not hashable?" would fit two of them.
  if (value !== "clause" && value !== "verdict") {
    switch (shape.kind) {
      case "use":
        return `Which one is typically used for ${continuation(cell)}?`;
      case "verb":
        if (shape.endsWithPreposition || opensAdverbially) return `Which one ${lower(aspect, cell)} ${continuation(cell)}?`;
        break;
      case "state":
        if (shape.endsWithPreposition || (opensAdverbially && !modifiesNoun(aspect))) return `Which one is ${lower(aspect, cell)} ${continuation(cell)}?`;
        if (modifiesNoun(aspect)) return `For which one ${isAre(isPluralNoun(aspect))} the ${lower(aspect, cell)} ${inline(cell)}?`;
        break;
      case "ends-verb": {
        const { head, verb } = splitEndVerb(aspect);
        return `For which one does ${lower(head, cell)} ${verb} ${continuation(cell)}?`;
      }
      case "noun":
        return `For which one ${isAre(shape.plural)} the ${lower(aspect, cell)} ${inline(cell)}?`;
      case "needed":
      case "situation":
        break;
    }
  }
  return `${dropFinal(aspect)}: ${quote(dropFinal(cell.value.trim()))} — which one?`;
}

// A statement about `subject` built from `cell` (which may be another subject's cell: a false
// statement borrows it). A borrowed yes/no keeps only its verdict: the other subject's reason
// ("any function can start a worker") would read as nonsense about this one.
export function phraseTrueFalse(cell: TCell, subject: string, options: { borrowed?: boolean } = {}): string {
  const shape = classifyAspect(cell.aspect);
  const aspect = cell.aspect.trim();
  const verdict = yesNoFor(cell);
  if (verdict) {
    const qualifier = verdict.rest && !options.borrowed ? ` (${dropFinal(lower(verdict.rest, cell))})` : "";
    if (shape.kind === "needed") {
      const { noun, participle } = splitNeeded(aspect);
      return `True or false: for ${subject}, ${lower(noun, cell)} ${isAre(shape.plural)} ${verdict.yes ? "" : "not "}${participle}${qualifier}.`;
    }
    const predicate = yesNoPredicate(shape, aspect, verdict.yes, cell);
    if (predicate) return `True or false: ${subject} ${agree(subject, predicate)}${qualifier}.`;
  }
  const value = classifyValue(cell.value).kind;
  const opensAdverbially = isAdverbialOpener(firstWord(cell.value));
  if (shape.kind === "question") return `True or false: for ${subject}, the answer to ${quote(aspect)} is ${inline(cell)}.`;
  if (value === "verb") return `${dropFinal(aspect)} — true or false: ${subject} ${agree(subject, continuation(cell))}.`;
  if (value !== "clause" && value !== "verdict") {
    switch (shape.kind) {
      case "use":
        return `True or false: ${subject} ${agree(subject, "is")} typically used for ${continuation(cell)}.`;
      case "verb":
        if (shape.endsWithPreposition || opensAdverbially) return `True or false: ${subject} ${agree(subject, lower(aspect, cell))} ${continuation(cell)}.`;
        break;
      case "state":
        if (shape.endsWithPreposition || (opensAdverbially && !modifiesNoun(aspect)))
          return `True or false: ${subject} ${agree(subject, "is")} ${lower(aspect, cell)} ${continuation(cell)}.`;
        if (modifiesNoun(aspect)) return `True or false: for ${subject}, the ${lower(aspect, cell)} ${isAre(isPluralNoun(aspect))} ${inline(cell)}.`;
        break;
      case "ends-verb":
        return `True or false: for ${subject}, ${lower(aspect, cell)} ${continuation(cell)}.`;
      case "noun":
        return `True or false: for ${subject}, the ${lower(aspect, cell)} ${isAre(shape.plural)} ${inline(cell)}.`;
      case "needed":
      case "situation":
        break;
    }
  }
  return `${dropFinal(aspect)} — true or false: for ${subject}, ${quote(dropFinal(cell.value.trim()))}.`;
}

// Asks for `cell` (the subject's own cell); the options are the row's cells.
export function phraseFillTheCell(cell: TCell, subject: string): string {
  const shape = classifyAspect(cell.aspect);
  const aspect = cell.aspect.trim();
  if (shape.kind === "question") return `For ${subject}: ${lower(aspect, cell)}`;
  if (classifyValue(cell.value).kind === "verb") return `${dropFinal(aspect)}: what ${agree(subject, "does")} ${subject} do?`;
  // A yes/no aspect whose cells are not all yes/no ("Keeps duplicates": Yes | Keys unique… | No).
  if (cell.rowHasVerdict && !shapeEndsWithPreposition(shape)) {
    const text = dropFinal(lower(aspect, cell));
    const [first = "", ...rest] = text.split(" ");
    if (shape.kind === "verb")
      return isModal(first) ? `${capitalize(first)} ${subject} ${rest.join(" ")}?` : `${capitalize(agree(subject, "does"))} ${subject} ${[toBaseVerb(first), ...rest].join(" ")}?`;
    if (shape.kind === "state") return `${capitalize(agree(subject, "is"))} ${subject} ${text}?`;
  }
  switch (shape.kind) {
    case "use":
      return `What ${agree(subject, "is")} ${subject} typically used for?`;
    case "verb":
      if (shape.endsWithPreposition) {
        const [verb = "", ...rest] = lower(aspect, cell).split(" ");
        return `What ${agree(subject, "does")} ${subject} ${toBaseVerb(verb)} ${rest.join(" ")}?`;
      }
      break;
    case "state":
      if (shape.endsWithPreposition) return `What ${agree(subject, "is")} ${subject} ${lower(aspect, cell)}?`;
      if (modifiesNoun(aspect)) return `For ${subject}, what ${isAre(isPluralNoun(aspect))} the ${lower(aspect, cell)}?`;
      break;
    case "ends-verb": {
      const { head, verb } = splitEndVerb(aspect);
      return `For ${subject}, what does ${lower(head, cell)} ${verb}?`;
    }
    case "noun":
      return `For ${subject}, what ${isAre(shape.plural)} the ${lower(aspect, cell)}?`;
    case "needed":
    case "situation":
      break;
  }
  return `${dropFinal(aspect)}: which is right for ${subject}?`;
}

// "Async — switching points: Only at explicit suspension points."
export function phraseFact(subject: string, cell: Pick<TCell, "aspect" | "value" | "subjects">): string {
  const aspect = dropFinal(lowerFirstWord(cell.aspect.trim(), cell.subjects));
  const value = cell.value.trim();
  return `${subject} — ${aspect}${/[?:]$/.test(aspect) ? "" : ":"} ${value}${/[.?!]$/.test(value) ? "" : "."}`;
}

// " Compare Threading: Almost anywhere; Process: …." — the rest of the row, once.
export function phraseContrast(others: readonly { subject: string; value: string }[]): string {
  if (others.length === 0) return "";
  return ` Compare ${others.map((o) => `${o.subject}: ${dropFinal(o.value.trim())}`).join("; ")}.`;
}

// "Aspect: value" for a fact shown on its own (matching items, odd-one-out options).
export function formatFact(attribute: string, value: string): string {
  return /[?:]$/.test(attribute) ? `${attribute} ${value}` : `${attribute}: ${value}`;
}

// Values are quoted because they often contain ";" or ",", which would blur where one ends.
export function describeRow(attribute: string, facts: readonly { subject: string; value: string }[]): string {
  return `${attribute}: ${facts.map((f) => `${f.subject} — ${quote(f.value)}`).join("; ")}.`;
}
