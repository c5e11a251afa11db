import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { areNearDuplicates } from "./near-duplicate";
import { extractComparisonTables, generateItemsFromMarkdown, gradeResponse, normalizeText, parseAuthoredItems, ZQuizItem, type TComparisonTable, type TQuizItem } from "@/lib/quiz";

// Made-up subject names with no shared stems, so "names its subject" is a plain substring test
// here, independent of the stemming the library does.
const SUBJECTS = ["Gizmo", "Widget", "Sprocket", "Flange", "Dynamo", "Quasar"];
// Claims with no word-prefix relation to each other and distinct yes/no and big-O classes: two
// cells say the same thing exactly when they have the same base (the test's oracle), whatever
// qualifier follows it. Hyphenated, capitalised and code words check that lower-casing keeps them.
const BASES = [
  "Yes",
  "No",
  "Fast",
  "Slow",
  "Kernel threads",
  "User space",
  "Copies data",
  "Cheap",
  "Costly",
  "O(1)",
  "O(n)",
  "One",
  "Hundreds",
  "`await` only",
  "Start-up heavy",
  "GIL bound",
  "NumPy arrays",
];
const QUALIFIERS = ["", "", ", on Tuesdays", "; with care", " (rarely)", ", unless `flag` is set"];
// Aspects of every shape the phrasing layer knows (see classify-row.ts).
const ASPECTS = [
  "Hashable",
  "Remembers an owner",
  "Scheduled by",
  "Typical use",
  "Best for",
  "Practical count",
  "Start-up cost",
  "Passing an int",
  "Is it exact?",
  "Inheritance needed",
  "`utcoffset()` returns",
  "Concurrency model",
  "Switching points",
  "Extra release",
  "Scales to",
  "Required methods",
];

type TCellSpec = { base: string; text: string };
type TTableSpec = { subjects: string[]; seed: number; markdown: string; rows: { aspect: string; cells: TCellSpec[] }[] };

// A subject named in a cell, in one of the forms the give-away check must catch, including code.
const mention = (name: string, form: number) =>
  [name, `${name.toLowerCase()}s`, `\`${name}\``, `${name.toUpperCase()}-based`, `${name.toLowerCase()}ing`, `\`${name.toLowerCase()}.run()\``][form % 6] ?? name;

const arbTable = fc
  .record({
    subjects: fc.shuffledSubarray(SUBJECTS, { minLength: 2, maxLength: 3 }),
    aspects: fc.shuffledSubarray(ASPECTS, { minLength: 2, maxLength: 8 }),
    seed: fc.nat(),
  })
  .chain(({ subjects, aspects, seed }) =>
    fc.record({
      subjects: fc.constant(subjects),
      seed: fc.constant(seed),
      rows: fc.tuple(
        ...aspects.map((aspect) =>
          fc.record({
            aspect: fc.constant(aspect),
            // 0–5: plain; 6: names its own subject; 7: names another subject.
            cells: fc.array(fc.tuple(fc.constantFrom(...BASES), fc.constantFrom(...QUALIFIERS), fc.integer({ min: 0, max: 7 }), fc.nat(5)), {
              minLength: subjects.length,
              maxLength: subjects.length,
            }),
          }),
        ),
      ),
    }),
  )
  .map(({ subjects, seed, rows }): TTableSpec => {
    const specRows = rows.map(({ aspect, cells }) => ({
      aspect,
      cells: cells.map(([base, qualifier, naming, form], c): TCellSpec => {
        const own = subjects[c] ?? "";
        const other = subjects[(c + 1) % subjects.length] ?? "";
        const named = naming === 6 ? `, via ${mention(own, form)}` : naming === 7 ? `, unlike ${mention(other, form)}` : "";
        return { base, text: `${base}${qualifier}${named}` };
      }),
    }));
    const body = specRows.map((r) => `| ${r.aspect} | ${r.cells.map((c) => c.text).join(" | ")} |`);
    const markdown = [`| Aspect | ${subjects.join(" | ")} |`, `|${"---|".repeat(subjects.length + 1)}`, ...body].join("\n");
    return { subjects, seed, markdown, rows: specRows };
  });

// The positions where a subject's name would give the answer away, per generator. Only names in
// `checkable` are looked for (real content has subjects like "is" that are everyday words).
function findLeak(item: TQuizItem, subjects: readonly string[], checkable: readonly string[] = subjects): string | null {
  const names = (text: string, subject: string) => checkable.includes(subject) && text.toLowerCase().includes(subject.toLowerCase());
  const answerIndex = item.answer[0] as number;
  const column = item.source.column ?? -1;
  switch (item.generator) {
    case "which-subject": {
      // Its own name answers it; another's rules that one out.
      const named = checkable.filter((s) => names(item.prompt, s));
      return named.length > 0 ? `prompt names ${named.join(", ")} (answer ${item.options[answerIndex] ?? ""})` : null;
    }
    case "true-false": {
      const about = subjects[column] ?? "";
      // The statement without the one mention of the subject it is about.
      const statement = item.prompt.replace(about, "");
      const named = checkable.filter((s) => names(statement, s));
      return named.length > 0 ? `statement names ${named.join(", ")}` : null;
    }
    case "matching": {
      const bad = (item.items ?? []).find((text) => checkable.some((s) => names(text, s)));
      return bad ? `item names a subject: ${bad}` : null;
    }
    case "odd-one-out": {
      const bad = item.options.find((o) => checkable.some((s) => names(o, s)));
      return bad ? `option names a subject: ${bad}` : null;
    }
    case "fill-the-cell": {
      const bad = item.options.find((o) => checkable.some((s) => names(o, s)));
      return bad ? `option names a subject: ${bad}` : null;
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

// No two defensible answers, judged by the oracle (same base = same claim), and options of
// fill-the-cell from the asked row only.
function checkNoTwoAnswers(item: TQuizItem, spec: TTableSpec) {
  const row = item.source.row === null ? undefined : spec.rows[item.source.row];
  const column = item.source.column ?? -1;
  const baseOf = (text: string, r = row) => r?.cells.find((c) => normalizeText(c.text) === normalizeText(text))?.base;
  const rowByFact = (fact: string) => spec.rows.find((r) => fact.startsWith(`${r.aspect}: `) || fact.startsWith(`${r.aspect} `));
  switch (item.generator) {
    case "which-subject": {
      const base = row?.cells[column]?.base;
      expect(row?.cells.filter((c) => c.base === base)).toHaveLength(1);
      return;
    }
    case "true-false":
    case "fill-the-cell":
      // The row's claims are all different, so a borrowed cell is really false and only one
      // option is right.
      expect(new Set(row?.cells.map((c) => c.base)).size).toBe(spec.subjects.length);
      if (item.generator === "fill-the-cell") {
        expect(spec.subjects.length).toBeGreaterThanOrEqual(3);
        for (const option of item.options) expect(baseOf(option), `${option} is not a cell of row ${item.source.row}`).toBeDefined();
      }
      return;
    case "matching":
    case "odd-one-out": {
      const facts = item.kind === "matching" ? (item.items ?? []) : item.options;
      for (const fact of facts) {
        const factRow = rowByFact(fact);
        expect(factRow, fact).toBeDefined();
        expect(new Set(factRow?.cells.map((c) => c.base)).size, fact).toBe(spec.subjects.length);
      }
      return;
    }
    case "authored":
    case "predict-output":
    case "predict-time":
      return;
  }
}

// Lower-casing for mid-sentence use must not touch code, acronyms or the inside of hyphenated
// words, and every code span shown must be one the table has, as written.
function checkWording(item: TQuizItem, markdown: string) {
  for (const text of [item.prompt, item.explanation]) {
    expect(text).not.toMatch(/start-Up|gIL|gil bound|numpy|`gizmo\.Run|undefined|“”|\s{2}|\s[.,?]/u);
    for (const code of text.match(/`[^`]+`/g) ?? []) expect(markdown, `${code} in ${text}`).toContain(code);
  }
  expect(item.prompt).toMatch(/[?.]$/);
}

describe("generateItemsFromMarkdown (properties)", () => {
  it("keeps every rule on random tables", () => {
    fc.assert(
      fc.property(arbTable, (spec) => {
        const items = generateItemsFromMarkdown(spec.markdown, { seed: spec.seed });
        for (const item of items) {
          checkItemRules(item, spec.subjects);
          checkNoTwoAnswers(item, spec);
          checkWording(item, spec.markdown);
        }
        expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        if (spec.subjects.length === 2) expect(items.filter((i) => i.generator === "fill-the-cell")).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // Hundreds of tables: give a loaded machine room rather than fail on time.
  }, 60_000);

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
  }, 60_000);

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
      {
        index: 1,
        subjects: ["`is`", "`==`"],
        rows: [
          { attribute: "Asks", values: ["Same `id()`?", "Equal?"] },
          { attribute: "Hook", values: ["none", "`__eq__`"] },
        ],
      },
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

  it("asks which one switches only at `await`, answer Async", () => {
    const item = items.find((i) => i.generator === "which-subject" && i.prompt === "Which one switches only at `await`?");
    expect(item?.options[item.answer[0] as number]).toBe("Async");
    expect(item?.source).toEqual({ table: 0, row: 1, column: 1 });
    expect(item?.explanation).toBe("Async — switches: Only at `await`. Compare Threading: Almost anywhere, at points you do not control.");
  });

  it("has the two-subject generators, capped, and no fill-the-cell padding", () => {
    const count = (g: string) => items.filter((i) => i.generator === g).length;
    expect(count("which-subject")).toBe(18); // 20 usable facts, capped
    expect(count("true-false")).toBe(8);
    expect(count("matching")).toBe(3);
    expect(count("odd-one-out")).toBe(4);
    expect(count("fill-the-cell")).toBe(0); // two subjects: which-subject already asks it
  });

  it("states true and false statements in plain sentences", () => {
    const t = items.find((i) => i.prompt === "True or false: Threading fits into existing synchronous code (any function can start a worker or use a pool).");
    expect(t?.options[t.answer[0] as number]).toBe("True");
    const f = items.find((i) => i.prompt === "A blocking call such as `time.sleep` — true or false: Threading stalls every task on the loop.");
    expect(f?.options[f.answer[0] as number]).toBe("False");
    expect(f?.explanation).toBe("False: that describes Async. Threading — a blocking call such as `time.sleep`: Stalls only the caller.");
  });

  it("accepts every syntax that can switch a task out in the short-answer item", () => {
    const item = parseAuthoredItems(readBody(Q60)).items.find((i) => i.kind === "short_text");
    expect(item).toBeDefined();
    for (const text of ["await", "`await`", "async with", "`async for`"]) {
      const graded = gradeResponse(item!, { kind: "short_text", text });
      expect(graded.ok && graded.correct, text).toBe(true);
    }
    const wrong = gradeResponse(item!, { kind: "short_text", text: "yield" });
    expect(wrong.ok && wrong.correct).toBe(false);
  });
});

// The rules on real tables: the asked cell has no near-duplicate in its row (so no second right
// answer), rows used for statements and fill-the-cell have none at all, fill-the-cell offers
// only cells of the asked row and only on tables of three or more subjects, and the wording
// keeps code as the table wrote it.
function checkBankItem(item: TQuizItem, table: TComparisonTable | undefined, markdown: string, where: string) {
  const row = item.source.row === null ? undefined : table?.rows[item.source.row];
  const column = item.source.column ?? -1;
  const cells = row?.values ?? [];
  const distinct = cells.every((a, i) => cells.every((b, j) => i === j || !areNearDuplicates(a, b)));
  switch (item.generator) {
    case "which-subject":
      expect(
        cells.filter((c, i) => i !== column && areNearDuplicates(c, cells[column] ?? "")),
        where,
      ).toEqual([]);
      break;
    case "true-false":
    case "odd-one-out":
      expect(distinct, where).toBe(true);
      break;
    case "fill-the-cell":
      expect(distinct, where).toBe(true);
      expect((table?.subjects.length ?? 0) >= 3, where).toBe(true);
      expect([...item.options].sort(), where).toEqual([...cells].sort());
      break;
    case "matching":
    case "authored":
    case "predict-output":
    case "predict-time":
      break;
  }
  for (const text of [item.prompt, item.explanation]) {
    expect(text, where).not.toMatch(/undefined|“”|\s{2}|\s[.,?]$/u);
    for (const code of text.match(/`[^`]+`/g) ?? []) expect(markdown, `${where}: ${code}`).toContain(code);
  }
  expect(item.prompt, where).toMatch(/[?.]$/);
}

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
        const table = tables.find((t) => t.index === item.source.table);
        const subjects = table?.subjects ?? [];
        const where = `${file} ${item.id}: ${item.prompt}`;
        expect(ZQuizItem.safeParse(item).success, where).toBe(true);
        expect(new Set(item.options.map(normalizeText)).size, where).toBe(item.options.length);
        expect(
          findLeak(
            item,
            subjects,
            subjects.filter((s) => /^[A-Za-z]{5,}$/.test(s)),
          ),
          where,
        ).toBeNull();
        checkBankItem(item, table, body, where);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(170);
    expect(withTables).toBeGreaterThanOrEqual(30);
  }, 60_000);
});
