import { describe, expect, it } from "vitest";
import { classifyAspect, classifyValue, isYesNoRow } from "./classify-row";
import { phraseFillTheCell, phraseTrueFalse, phraseWhichSubject, type TCell } from "./phrase-items";
import { isPluralNoun, lowerFirstWord, negateVerbPhrase, toBaseVerb } from "./phrase-words";

describe("lowerFirstWord", () => {
  it.each([
    ["Start-up cost", "start-up cost"],
    ["Concurrency model", "concurrency model"],
    ["A tuple or dict", "a tuple or dict"],
    ["`asyncio.run` call", "`asyncio.run` call"],
    ["GIL impact", "GIL impact"],
    ["NumPy array", "NumPy array"],
    ["CPU-bound work", "CPU-bound work"],
    ["I/O-bound work", "I/O-bound work"],
    ["Python 3.8 (PEP 544)", "Python 3.8 (PEP 544)"],
    ["C compiler", "C compiler"],
    ["Has-a: holds collaborators", "has-a: holds collaborators"],
    ["Zero-cost `try`", "zero-cost `try`"],
    ["Self-Describing", "Self-Describing"],
  ])("%j → %j", (text, expected) => {
    expect(lowerFirstWord(text)).toBe(expected);
  });

  it("keeps the table's subject names as written", () => {
    expect(lowerFirstWord("Lock held by another thread", ["Lock", "RLock"])).toBe("Lock held by another thread");
  });
});

describe("verb helpers", () => {
  it.each([
    ["remembers", "remember"],
    ["identifies", "identify"],
    ["switches", "switch"],
    ["has", "have"],
    ["does", "do"],
    ["raises", "raise"],
  ])("base form of %s is %s", (word, base) => {
    expect(toBaseVerb(word)).toBe(base);
  });

  it("negates verb phrases and modals", () => {
    expect(negateVerbPhrase("remembers an owner")).toBe("does not remember an owner");
    expect(negateVerbPhrase("can return an existing object")).toBe("cannot return an existing object");
    expect(negateVerbPhrase("cannot be killed")).toBe("can be killed");
  });

  it("finds the number of an aspect's head noun", () => {
    expect(isPluralNoun("Switching points")).toBe(true);
    expect(isPluralNoun("Cycles and shared references")).toBe(true);
    expect(isPluralNoun("Threads inside at once")).toBe(true);
    expect(isPluralNoun("Access to per-object state")).toBe(false);
    expect(isPluralNoun("Memory per number")).toBe(false);
    expect(isPluralNoun("Element-wise maths")).toBe(false);
    expect(isPluralNoun("Build tools needed by the installer")).toBe(true);
  });
});

describe("classifyAspect and classifyValue", () => {
  it.each([
    ["Is 0.1 exact?", "question"],
    ["Typical use", "use"],
    ["Main remaining use", "use"],
    ["Remembers an owner", "verb"],
    ["Scales to", "verb"],
    ["Hashable", "state"],
    ["Scheduled by", "state"],
    ["Best for", "state"],
    ["`utcoffset()` returns", "ends-verb"],
    ["Inheritance needed", "needed"],
    ["Outer await cancelled", "situation"],
    ["Passing an int", "situation"],
    ["Same thread acquires twice", "situation"],
    ["If the class does not define it", "situation"],
    ["Add one element", "situation"],
    ["Concurrency model", "noun"],
    ["Meaning of `+`", "noun"],
    ["Ordering", "noun"],
  ])("%j is a %s aspect", (aspect, kind) => {
    expect(classifyAspect(aspect).kind).toBe(kind);
  });

  it.each([
    ["Yes, if every element is hashable", "verdict"],
    ["Never; cannot be a dict key", "verdict"],
    ["Raises `KeyError`", "verb"],
    ["Cannot be killed safely from outside", "verb"],
    ["Calls, arguments, call count", "phrase"],
    ["Hundreds", "plain"],
    ["O(n), linear scan", "plain"],
    ["`None`", "plain"],
    ["One; exhausted afterwards", "phrase"],
    ["One fixed dtype, e.g. `float64`", "phrase"],
    ["Only the calling worker stalls", "clause"],
    ["Collaborators are easy to replace with fakes", "clause"],
    ["Blocking libraries and a modest number of concurrent waits", "phrase"],
    ["Only the object it is called on", "phrase"],
    ["Large reserved stack and kernel context switches", "phrase"],
  ])("%j is a %s value", (value, kind) => {
    expect(classifyValue(value).kind).toBe(kind);
  });

  it("calls a row yes/no only when every cell is", () => {
    expect(isYesNoRow(["Yes", "No, raises `TypeError`"])).toBe(true);
    expect(isYesNoRow(["Yes, wrapped into tasks", "No", "Created via `create_task()`"])).toBe(false);
  });
});

describe("templates", () => {
  const cell = (aspect: string, value: string, yesNo = false): TCell => ({ aspect, value, yesNo, subjects: ["Thread", "Process"] });

  it("which-subject", () => {
    expect(phraseWhichSubject(cell("Remembers an owner", "No", true))).toBe("Which one does not remember an owner?");
    expect(phraseWhichSubject(cell("Safe with untrusted input", "Yes, parsing only", true))).toBe("Which one is safe with untrusted input?");
    expect(phraseWhichSubject(cell("CPU parallelism", "Yes", true))).toBe("Which one has CPU parallelism?");
    expect(phraseWhichSubject(cell("Practical count", "Roughly one per core"))).toBe("For which one is the practical count roughly one per core?");
    expect(phraseWhichSubject(cell("Concurrency model", "Preemptive; the OS decides"))).toBe("For which one is the concurrency model “preemptive; the OS decides”?");
    expect(phraseWhichSubject(cell("Called", "Only after normal lookup fails"))).toBe("Which one is called only after normal lookup fails?");
    expect(phraseWhichSubject(cell("Supported types", "Almost any object"))).toBe("For which one are the supported types “almost any object”?");
    expect(phraseWhichSubject(cell("Callable on the class", "Only if you pass one"))).toBe("Which one is callable on the class only if you pass one?");
    expect(phraseWhichSubject(cell("Blocking operations", "Only the calling worker stalls"))).toBe("Blocking operations: “Only the calling worker stalls” — which one?");
    expect(phraseWhichSubject(cell("Is 0.1 exact?", "No", true))).toBe("Is 0.1 exact? For which one is the answer no?");
  });

  it("true/false states the claim about the subject", () => {
    expect(phraseTrueFalse(cell("Remembers an owner", "Yes, the acquiring thread", true), "RLock")).toBe("True or false: RLock remembers an owner (the acquiring thread).");
    expect(phraseTrueFalse(cell("Scales to", "Hundreds of workers"), "Thread")).toBe("True or false: Thread scales to hundreds of workers.");
    expect(phraseTrueFalse(cell("Passing an int", "Raises `TypeError`"), "extend")).toBe("Passing an int — true or false: extend raises `TypeError`.");
    expect(phraseTrueFalse(cell("Typical use", "Guarding shared state"), "f-strings")).toBe("True or false: f-strings are typically used for guarding shared state.");
  });

  it("fill-the-cell asks for the subject's cell", () => {
    expect(phraseFillTheCell(cell("Scheduled by", "The OS kernel"), "Thread")).toBe("What is Thread scheduled by?");
    expect(phraseFillTheCell(cell("Shines on", "Long-running loops"), "PyPy")).toBe("What does PyPy shine on?");
    expect(phraseFillTheCell(cell("`utcoffset()` returns", "`None`"), "naive datetime")).toBe("For naive datetime, what does `utcoffset()` return?");
    expect(phraseFillTheCell({ ...cell("Keeps duplicates", "Keys unique"), rowHasVerdict: true }, "dict")).toBe("Does dict keep duplicates?");
  });
});
