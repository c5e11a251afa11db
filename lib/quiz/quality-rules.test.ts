// One test per rule that keeps generated items trustworthy, each on a small table of its own
// (the failure classes of issue 13: near-duplicate cells, off-row distractors, give-aways,
// robotic wording, explanations that repeat the row).
import { describe, expect, it } from "vitest";
import { generateItemsFromMarkdown, normalizeText, type TQuizItem } from "@/lib/quiz";
import { areNearDuplicates } from "./near-duplicate";

const table = (header: string[], ...rows: string[][]) => [`| ${header.join(" | ")} |`, `|${"---|".repeat(header.length)}`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const generate = (markdown: string) => generateItemsFromMarkdown(markdown, { seed: 3 });
const byGenerator = (items: TQuizItem[], generator: TQuizItem["generator"]) => items.filter((i) => i.generator === generator);
const right = (item: TQuizItem | undefined) => (item ? item.options[item.answer[0] as number] : undefined);
const shown = (item: TQuizItem) => [item.prompt, ...item.options, ...(item.items ?? [])].join("\n");

describe("near-duplicate cells count as the same answer", () => {
  it.each([
    ["No", "No, on the standard GIL build"],
    ["One", "One, possibly holding it several times"],
    ["O(1) average", "O(1) average, by key"],
    ["No", "No, fixed return values"],
    ["Raises `RuntimeError`", "Raises `RuntimeError` if not the holder"],
    ["Insertion order (3.7+)", "Insertion order, rearrangeable"],
    ["Shared; needs locks", "Shared; switches only at suspension points"],
    ["Yes, native buffer support", "Yes, runs inside CPython itself"],
    ["Never; cannot be a dict key", "No"],
    ["O(1) amortised at the end", "O(1) average"],
    ["The OS kernel", "OS kernel"],
    ["`obj.name`", "`obj.name` or `obj[0]`"],
    ["", "anything"],
  ])("%j ≈ %j", (a, b) => {
    expect(areNearDuplicates(a, b)).toBe(true);
    expect(areNearDuplicates(b, a)).toBe(true);
  });

  it.each([
    ["`obj.name`", '`obj["name"]`'],
    ["O(n), linear scan", "O(1) average"],
    ["Never; cannot be a dict key", "Yes, if every element is hashable"],
    ["Sets, tuples and dates survive intact", "Tuples become lists; sets fail"],
    ["Any single object", "Any iterable"],
    ["Hundreds", "Tens of thousands"],
  ])("%j and %j differ", (a, b) => {
    expect(areNearDuplicates(a, b)).toBe(false);
  });

  it("asks which-subject only about the cell no other cell restates, and nothing else uses the row", () => {
    const md = table(
      ["Aspect", "multiprocessing", "threading", "asyncio"],
      ["Uses several cores for Python code", "Yes", "No, on the standard GIL build", "No"],
      ["Start-up cost", "High: new interpreter per worker", "Moderate", "Very low per task"],
      ["Scales to", "About one worker per core", "Hundreds of workers", "Tens of thousands of tasks"],
      ["Typical use", "Number crunching", "Legacy I/O code", "Web servers, crawlers"],
    );
    const items = generate(md);
    const fromRow0 = items.filter((i) => i.source.row === 0);
    expect(fromRow0.map((i) => [i.generator, i.prompt, right(i)])).toEqual([["which-subject", "Which one uses several cores for Python code?", "multiprocessing"]]);
    const everythingElse = items
      .filter((i) => i.source.row !== 0)
      .map(shown)
      .join("\n");
    expect(everythingElse).not.toMatch(/standard GIL build|several cores/);
  });

  it("does not ask about a count two locks share in qualified form", () => {
    const md = table(
      ["Aspect", "Lock", "RLock", "Semaphore"],
      ["Threads inside at once", "One", "One, possibly holding it several times", "Up to the initial count"],
      ["Remembers an owner", "No", "Yes, the acquiring thread", "No"],
      ["Typical use", "Guarding shared state", "Nested calls that share one guard", "Capping parallel downloads"],
    );
    const items = generate(md);
    expect(items.filter((i) => i.source.row === 0).map((i) => right(i))).toEqual(["Semaphore"]);
    expect(items.filter((i) => i.source.row === 1).map((i) => [i.prompt, right(i)])).toEqual([["Which one remembers an owner?", "RLock"]]);
  });
});

describe("fill-the-cell distractors come from the same row", () => {
  const md = table(
    ["Aspect", "instance method", "@classmethod", "@staticmethod"],
    ["Reaching shared settings", "Through the object's type", "Yes, through its first argument", "Only by hard-coding the owner's name"],
    ["Typical use", "Behaviour depending on one object's data", "Alternative constructors such as `from_json`", "A helper that belongs with the type"],
    ["Overhead", "A bound method per call", "A bound method per call, on the class", "None, a plain function"],
    ["Automatic first argument", "The object it was called on", "The class it was called on", "None at all"],
  );
  const rows = md
    .split("\n")
    .slice(2)
    .map((line) =>
      line
        .split("|")
        .slice(2, -1)
        .map((c) => c.trim()),
    );

  it("offers what the other subjects say about the same aspect, and nothing from another row", () => {
    const fills = byGenerator(generate(md), "fill-the-cell");
    expect(fills.length).toBeGreaterThan(0);
    for (const item of fills) {
      const row = rows[item.source.row ?? -1] ?? [];
      expect([...item.options].sort()).toEqual([...row].sort());
    }
    const typical = fills.find((i) => i.source.row === 1);
    expect(typical?.options).not.toContain("Yes, through its first argument");
  });

  it("does not pad a two-subject table with fill-the-cell items", () => {
    const two = table(
      ["Aspect", "list", "tuple"],
      ["Mutability", "Items can be replaced", "Fixed after creation"],
      ["Typical role", "A growing collection", "A fixed-shape record"],
      ["Memory", "Spare slots", "Exact size"],
      ["Methods", "Many", "Only two"],
    );
    const items = generate(two);
    expect(byGenerator(items, "fill-the-cell")).toEqual([]);
    expect(new Set(items.map((i) => i.generator))).toEqual(new Set(["which-subject", "true-false", "matching", "odd-one-out"]));
  });
});

describe("no give-aways", () => {
  it("catches an operator's own names and its dunder (`==` and `__eq__`)", () => {
    const md = table(
      ["Aspect", "`is`", "`==`"],
      ["Customisable by a class", "No, behaviour is fixed", "Yes, by defining `__eq__`"],
      ["Mechanism", "Compares identities", "Calls the equality method"],
      ["Typical use", "`None` and sentinels", "Comparing data"],
      ["Result for two equal lists", "`False`", "`True`"],
    );
    for (const item of generate(md)) {
      if (item.generator === "which-subject" && right(item) === "`==`") expect(item.prompt).not.toMatch(/__eq__|equality/);
      if (item.generator === "true-false" || item.generator === "odd-one-out") expect(shown(item)).not.toMatch(/__eq__|equality/);
    }
    expect(generate(md).some((i) => i.generator === "which-subject" && /equality/.test(i.prompt))).toBe(false);
  });

  it("catches a subject's name inside a cell, a code identifier, and the aspect itself", () => {
    const md = table(
      ["Aspect", "SQL databases", "`asyncio.gather`", "Key-value stores"],
      ["Query language", "SQL", "None", "Get and put by key"],
      ["Result", "Rows", "`gather()` returns a list", "One value"],
      ["Works with key-value stores", "Through an adapter", "Not at all", "Natively"],
      ["Typical use", "Reporting", "Fan-out of coroutines", "Caching"],
    );
    const items = generate(md);
    const asked = (row: number) =>
      byGenerator(items, "which-subject")
        .filter((i) => i.source.row === row)
        .map(right);
    expect(asked(0)).not.toContain("SQL databases");
    expect(asked(1)).not.toContain("`asyncio.gather`");
    expect(asked(2)).not.toContain("Key-value stores");
    const subjects = ["SQL databases", "`asyncio.gather`", "Key-value stores"];
    for (const item of byGenerator(items, "true-false"))
      expect(item.prompt.replace(subjects[item.source.column ?? -1] ?? "", "")).not.toMatch(/\bSQL\b|gather\(\)|key-value stores/i);
    for (const item of byGenerator(items, "odd-one-out")) expect(item.options.join("\n")).not.toMatch(/\bSQL\b|gather\(\)|key-value stores/i);
  });
});

describe("prompts read like a person wrote them", () => {
  const prompts = (md: string) => generate(md).map((i) => i.prompt);

  it("yes/no rows: a predicate, a negation, the qualifier kept in true/false", () => {
    const md = table(
      ["Aspect", "list", "tuple"],
      ["Hashable", "Never; cannot be a dict key", "Yes, if every element is hashable"],
      ["Remembers its length", "Yes", "No"],
      ["Inheritance needed", "No", "Yes, unless registered"],
      ["Typical role", "A growing collection", "A fixed-shape record"],
    );
    const all = prompts(md);
    expect(all).toEqual(
      expect.arrayContaining([
        "Which one is hashable?",
        "Which one is not hashable?",
        "Which one remembers its length?",
        "Which one does not remember its length?",
        "For which one is inheritance needed?",
        "For which one is inheritance not needed?",
      ]),
    );
    expect(all.filter((p) => p.startsWith("True or false"))).toEqual(expect.arrayContaining(["True or false: list is not hashable (cannot be a dict key)."]));
  });

  it("a yes/no row with one other kind of cell quotes every cell whole", () => {
    const md = table(
      ["Aspect", "gather", "wait", "TaskGroup"],
      ["Bare coroutines accepted", "Yes, each wrapped for you", "No, only futures", "One at a time, explicitly"],
      ["Result", "A list", "Two sets", "Nothing"],
    );
    expect(prompts(md)).toContain("Bare coroutines accepted: “Yes, each wrapped for you” — which one?");
    expect(prompts(md).join("\n")).not.toMatch(/For which one are bare coroutines accepted/);
  });

  it("numeric cells, “Typical use”, “Best for” and verb cells", () => {
    const md = table(
      ["Aspect", "Process", "Thread", "Coroutine"],
      ["Practical count", "Roughly one per core", "Hundreds", "Tens of thousands"],
      ["Typical use", "Number crunching", "Blocking libraries", "Network servers"],
      ["Best for", "CPU-bound work", "Modest I/O concurrency", "Thousands of connections"],
      ["Extra release", "Raises `ValueError`", "Raises the count silently", "Is ignored"],
      ["Scheduled by", "The OS kernel", "The OS kernel, sharing memory", "An event loop in user space"],
    );
    const all = prompts(md);
    expect(all).toEqual(
      expect.arrayContaining([
        "For which one is the practical count roughly one per core?",
        "Which one is typically used for blocking libraries?",
        "Which one is best for CPU-bound work?",
        "Extra release: which one raises the count silently?",
        "Which one is scheduled by an event loop in user space?",
      ]),
    );
    expect(all.filter((p) => !p.startsWith("True or false") && !/^(Which|For|Extra|Match|What)/.test(p))).toEqual([]);
    expect(all.join("\n")).toMatch(/For (Process|Thread|Coroutine), what is the practical count\?|What is (Process|Thread|Coroutine) (typically used for|best for)\?/);
  });

  it("a plural subject takes a plural verb", () => {
    const md = table(
      ["Aspect", "f-strings", "str.format", "%-formatting"],
      ["Typical use", "Everyday output", "Stored templates", "Lazy logging arguments"],
      ["Relative speed", "Fastest", "Slowest", "Moderate"],
      ["Reusable as a template", "No", "Yes", "Yes, with a tuple"],
    );
    const all = generate(md).map((i) => i.prompt);
    expect(all).toContain("True or false: f-strings are typically used for everyday output.");
    expect(all.join("\n")).not.toMatch(/f-strings (is|does|has)\b/);
  });

  it("explains what is right and why, stating each cell once", () => {
    const md = table(
      ["Aspect", "Threading", "Async"],
      ["Switching points", "Almost anywhere, outside your control", "Only at `await`"],
      ["Memory per worker", "Megabytes of reserved stack", "A few kilobytes"],
      ["Cancellation", "Cannot be killed from outside", "Cancelled at the next `await`"],
    );
    for (const item of generate(md)) {
      if (item.generator !== "which-subject" && item.generator !== "true-false") continue;
      const row =
        md
          .split("\n")
          [2 + (item.source.row ?? 0)]?.split("|")
          .slice(2, -1)
          .map((c) => c.trim()) ?? [];
      for (const cell of row) expect(item.explanation.split(cell).length - 1, `${cell} in ${item.explanation}`).toBeLessThanOrEqual(1);
      expect(item.explanation).toMatch(item.generator === "true-false" ? /^(True\.|False: that describes)/ : /^(Threading|Async) — /);
    }
  });
});

describe("every option list stays distinct after normalising", () => {
  it("holds for a table whose cells differ only in case and punctuation", () => {
    const md = table(["Aspect", "Gizmo", "Widget", "Sprocket"], ["Speed", "Fast.", "fast", "Slow"], ["Size", "Big", "Small", "Tiny"], ["Cost", "Cheap", "Dear", "Free"]);
    for (const item of generate(md)) expect(new Set(item.options.map(normalizeText)).size).toBe(item.options.length);
  });
});
