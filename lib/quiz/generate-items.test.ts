import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { extractComparisonTables, generateItemsFromMarkdown, normalizeText, ZQuizItem, type TQuizItem } from "@/lib/quiz";

// Made-up subject names with no shared stems, so "names its subject" is a plain substring test
// here, independent of the stemming the library does.
const SUBJECTS = ["Gizmo", "Widget", "Sprocket", "Flange", "Dynamo", "Quasar"];
const FILLER = ["fast", "slow", "shared state", "one core", "kernel", "user space", "copies data", "`await`", "locks", "cheap", "costly", "O(1)", "Yes", "No"];

const arbTable = fc
  .record({
    subjects: fc.shuffledSubarray(SUBJECTS, { minLength: 2, maxLength: 3 }),
    rowCount: fc.integer({ min: 2, max: 8 }),
    seed: fc.nat(),
  })
  .chain(({ subjects, rowCount, seed }) =>
    fc.record({
      subjects: fc.constant(subjects),
      seed: fc.constant(seed),
      rows: fc.array(
        fc.tuple(
          fc.constantFrom(...FILLER),
          fc.array(
            fc.tuple(
              fc.subarray(FILLER, { minLength: 1, maxLength: 3 }),
              // 0: plain; 1–5: mention own subject in some form; 6: mention another subject.
              fc.integer({ min: 0, max: 9 }),
            ),
            { minLength: subjects.length, maxLength: subjects.length },
          ),
        ),
        { minLength: rowCount, maxLength: rowCount },
      ),
    }),
  )
  .map(({ subjects, seed, rows }) => {
    const mention = (name: string, form: number) =>
      [name, `${name.toLowerCase()}s`, `\`${name}\``, `${name.toUpperCase()}-based`, `${name.toLowerCase()}ing`][form % 5] ?? name;
    const body = rows.map(([attribute, cells], r) => {
      const values = cells.map(([words, form], c) => {
        const own = subjects[c] ?? "";
        const other = subjects[(c + 1) % subjects.length] ?? "";
        if (form >= 1 && form <= 5) return `${words.join(", ")} via ${mention(own, form)}`;
        if (form === 6) return `unlike ${other}, ${words.join(" ")}`;
        return words.join(", "); // duplicates across subjects happen often with this small pool
      });
      return `| ${attribute} ${r} | ${values.join(" | ")} |`;
    });
    const markdown = [`| Aspect | ${subjects.join(" | ")} |`, `|${"---|".repeat(subjects.length + 1)}`, ...body].join("\n");
    return { subjects, seed, markdown };
  });

// The positions where a subject's name would give the answer away, per generator. Only names in
// `checkable` are looked for (real content has subjects like "is" that are everyday words).
function findLeak(item: TQuizItem, subjects: readonly string[], checkable: readonly string[] = subjects): string | null {
  const names = (text: string, subject: string) => checkable.includes(subject) && text.toLowerCase().includes(subject.toLowerCase());
  const answerIndex = item.answer[0] as number;
  switch (item.generator) {
    case "which-subject": {
      const subject = item.options[answerIndex] ?? "";
      return names(item.prompt, subject) ? `prompt names the answer ${subject}` : null;
    }
    case "true-false": {
      const about = subjects.find((s) => item.prompt.startsWith(`True or false: for ${s}, `)) ?? "";
      const statement = item.prompt.slice(`True or false: for ${about}, `.length);
      const named = checkable.filter((s) => names(statement, s));
      return named.length > 0 ? `statement names ${named.join(", ")}` : null;
    }
    case "matching": {
      for (const [i, o] of item.answer as [number, number][]) {
        if (names(item.items?.[i] ?? "", item.options[o] ?? "")) return `item ${i} names its subject`;
      }
      return null;
    }
    case "odd-one-out": {
      const bad = item.options.find((o) => checkable.some((s) => names(o, s)));
      return bad ? `option names a subject: ${bad}` : null;
    }
    case "fill-the-cell": {
      const asked = subjects.find((s) => item.prompt.startsWith(`For ${s},`) || item.prompt.startsWith(`For ${s}:`)) ?? "";
      const bad = item.options.find((o) => names(o, asked));
      return bad ? `option names the asked subject: ${bad}` : null;
    }
    case "authored":
    case "predict-output":
    case "predict-time":
      return null;
  }
}

function checkItemRules(item: TQuizItem, subjects: readonly string[]) {
  expect(ZQuizItem.safeParse(item).success).toBe(true);
  if (item.kind === "single_choice" || item.kind === "true_false") {
    expect(item.answer).toHaveLength(1);
    const index = item.answer[0] as number;
    expect(index >= 0 && index < item.options.length).toBe(true);
  }
  expect(new Set(item.options.map(normalizeText)).size).toBe(item.options.length);
  if (item.kind === "matching") {
    const items = item.items ?? [];
    expect(new Set(items.map(normalizeText)).size).toBe(items.length);
    expect((item.answer as [number, number][]).map(([i]) => i).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
  }
  expect(findLeak(item, subjects)).toBeNull();
}

describe("generateItemsFromMarkdown (properties)", () => {
  it("keeps every rule on random tables", () => {
    fc.assert(
      fc.property(arbTable, ({ subjects, seed, markdown }) => {
        const items = generateItemsFromMarkdown(markdown, { seed });
        for (const item of items) checkItemRules(item, subjects);
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic for a seed, and ids and item set do not depend on the seed", () => {
    fc.assert(
      fc.property(arbTable, fc.nat(), ({ seed, markdown }, otherSeed) => {
        const a = generateItemsFromMarkdown(markdown, { seed });
        expect(generateItemsFromMarkdown(markdown, { seed })).toEqual(a);
        const b = generateItemsFromMarkdown(markdown, { seed: otherSeed });
        expect(b.map((i) => i.id)).toEqual(a.map((i) => i.id));
        // Same question, only reordered: the correct option text is the same.
        const correctText = (item: TQuizItem) => (item.kind === "matching" ? "" : item.options[item.answer[0] as number]);
        expect(b.map(correctText)).toEqual(a.map(correctText));
      }),
      { numRuns: 100 },
    );
  });

  it("skips rows where subjects share a value, except which-subject on the unshared subject", () => {
    const md = "| Aspect | Gizmo | Widget | Sprocket |\n|---|---|---|---|\n| A | same | same | other |\n| B | b1 | b2 | b3 |\n| C | c1 | c2 | c3 |\n";
    const items = generateItemsFromMarkdown(md, { seed: 1 });
    const fromRow0 = items.filter((i) => i.source.row === 0);
    expect(fromRow0.map((i) => i.generator)).toEqual(["which-subject"]);
    expect(fromRow0[0]?.options[fromRow0[0].answer[0] as number]).toBe("Sprocket");
    expect(items.some((i) => i.kind !== "matching" && i.options.some((o) => o.includes("same")))).toBe(false);
  });

  it("ignores tables without two subjects and two rows, and ragged tables", () => {
    expect(extractComparisonTables("| Aspect | Gizmo |\n|---|---|\n| a | b |\n| c | d |\n")).toEqual([]);
    expect(extractComparisonTables("| Aspect | Gizmo | Widget |\n|---|---|---|\n| a | b | c |\n")).toEqual([]);
    expect(extractComparisonTables("| Aspect | Gizmo | Widget |\n|---|---|---|\n| a | b | c |\n| d | e |\n")).toEqual([]);
    expect(generateItemsFromMarkdown("no tables here", { seed: 1 })).toEqual([]);
  });

  it("keeps inline code as backticked text and counts every table for the index", () => {
    const md = "| x | y |\n|---|---|\n| 1 | 2 |\n\n| Aspect | `is` | `==` |\n|---|---|---|\n| Asks | Same `id()`? | Equal? |\n| Hook | none | `__eq__` |\n";
    const tables = extractComparisonTables(md);
    expect(tables).toEqual([
      { index: 1, subjects: ["`is`", "`==`"], rows: [{ attribute: "Asks", values: ["Same `id()`?", "Equal?"] }, { attribute: "Hook", values: ["none", "`__eq__`"] }] },
    ]);
    expect(generateItemsFromMarkdown(md, { seed: 1 }).every((i) => i.source.table === 1)).toBe(true);
  });

  it("does not use facts naming their own subject (word stems, any case, backticks)", () => {
    const md = [
      "| Aspect | Threading | Async |",
      "|---|---|---|",
      "| Scheduling | The OS schedules `threads` | One loop, cooperative |",
      "| Style | Preemptive | Uses `asyncio` coroutines |",
      "| Cost | Kernel switches | Asynchronous, user space |",
      "| Waits | Only the caller | Every task |",
    ].join("\n");
    const items = generateItemsFromMarkdown(md, { seed: 5 });
    const text = JSON.stringify(items.map((i) => [i.prompt, i.options, i.items]));
    expect(text).not.toMatch(/threads|asyncio|Asynchronous/);
  });
});

const Q60 = join(process.cwd(), "content/python/060-async-vs-threading.md");
const GOLDEN = join(process.cwd(), "lib/quiz/__golden__/060-async-vs-threading.json");

function readBody(path: string): string {
  const split = splitFrontMatter(readFileSync(path, "utf8"));
  if (!split.ok) throw new Error(`${path}: ${split.error.message}`);
  return split.body;
}

describe("Q60 (async vs threading)", () => {
  const items = generateItemsFromMarkdown(readBody(Q60), { seed: 42 });

  // Regenerate deliberately: UPDATE_GOLDEN=1 npx vitest run --project unit lib/quiz
  it("matches the golden file", () => {
    const json = `${JSON.stringify(items, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, json);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(json).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("asks which one switches only at explicit suspension points, answer Async", () => {
    const item = items.find((i) => i.generator === "which-subject" && /Only at explicit suspension points/.test(i.prompt));
    expect(item?.prompt).toBe("Switching points — which one is described by: “Only at explicit suspension points”?");
    expect(item?.options[item.answer[0] as number]).toBe("Async");
    expect(item?.source).toEqual({ table: 0, row: 2, column: 1 });
  });

  it("has every generator and the documented caps", () => {
    const count = (g: string) => items.filter((i) => i.generator === g).length;
    expect(count("which-subject")).toBe(18); // 9 rows × 2 subjects, none naming its own subject
    expect(count("true-false")).toBe(8);
    expect(count("matching")).toBe(3);
    expect(count("odd-one-out")).toBe(4);
    expect(count("fill-the-cell")).toBe(8);
  });

  it("states a true and a false true/false item correctly", () => {
    const t = items.find((i) => i.prompt === "True or false: for Threading, concurrency model: Preemptive; the OS decides when to switch");
    expect(t?.options[t.answer[0] as number]).toBe("True");
    const f = items.find((i) => i.prompt === "True or false: for Threading, switching points: Only at explicit suspension points");
    expect(f?.options[f.answer[0] as number]).toBe("False");
  });

  it("builds fill-the-cell distractors from the same row first", () => {
    const item = items.find((i) => i.prompt === "For Async, which fits “Concurrency model”?");
    expect(item?.options[item.answer[0] as number]).toBe("Cooperative; code hands over control voluntarily");
    expect(item?.options).toContain("Preemptive; the OS decides when to switch");
  });
});

describe("every answer in content/python", () => {
  const dir = join(process.cwd(), "content/python");
  const files = readdirSync(dir).filter((f) => /^\d+-.*\.md$/.test(f));

  it("generates without throwing, within the rules, with no leaks", () => {
    let withTables = 0;
    for (const file of files) {
      const body = readBody(join(dir, file));
      const tables = extractComparisonTables(body);
      const items = generateItemsFromMarkdown(body, { seed: 7 });
      if (tables.length > 0) withTables++;
      for (const item of items) {
        const subjects = tables.find((t) => t.index === item.source.table)?.subjects ?? [];
        expect(ZQuizItem.safeParse(item).success, `${file} ${item.id}`).toBe(true);
        expect(new Set(item.options.map(normalizeText)).size, `${file} ${item.id}`).toBe(item.options.length);
        expect(findLeak(item, subjects, subjects.filter((s) => /^[A-Za-z]{5,}$/.test(s))), `${file} ${item.id}`).toBeNull();
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(170);
    expect(withTables).toBeGreaterThanOrEqual(30);
  }, 60_000);
});
