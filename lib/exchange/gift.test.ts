import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { isQuestionFileName, parseQuestionFile } from "@/lib/content/parse-question-file";
import { buildVersionItems } from "@/lib/quiz";
import type { TQuizItem } from "@/lib/quiz/schemas";
import type { TExportQuestion } from "./export-question";
import { escapeGift, formatGiftCategory, formatGiftItem, streamGift } from "./gift";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* each<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}

const base = { explanation: "", source: { table: -1, row: null, column: null } } as const;

// Every character GIFT treats specially, a line break, an arrow and Moodle's short-answer wildcard.
const NASTY = "a~b=c#d{e}f:g\\h `x == y` {#1} ::not a name:: 50% -> *\nsecond line";

const nastyItems: TQuizItem[] = [
  {
    ...base,
    id: "nasty-single",
    kind: "single_choice",
    generator: "authored",
    prompt: NASTY,
    options: [NASTY, "plain", "~tilde first", "%-formatting"],
    answer: [1],
    explanation: NASTY,
  },
  { ...base, id: "nasty-multiple", kind: "multiple_choice", generator: "authored", prompt: "Which hold?", options: ["=one", "two#", "{three}", "four:"], answer: [0, 2, 3] },
  { ...base, id: "nasty-true", kind: "true_false", generator: "authored", prompt: `True or false: ${NASTY}`, options: ["True", "False"], answer: [0] },
  { ...base, id: "nasty-false", kind: "true_false", generator: "authored", prompt: "T", options: ["True", "False"], answer: [1], explanation: "F" },
  { ...base, id: "nasty-short", kind: "short_text", generator: "authored", prompt: "Name it:", options: [], answer: ["a*b", "x=y", "colon: yes"] },
  {
    ...base,
    id: "nasty-matching",
    kind: "matching",
    generator: "authored",
    prompt: "Match {them}",
    items: ["Arrow: a -> b", "Equals: a = b", "Braces: {x}"],
    options: ["Left: side", "Right#side", "Spare ~ one"],
    answer: [
      [0, 1],
      [1, 0],
      [2, 1],
    ],
  },
];

function readPythonBank(): TExportQuestion[] {
  const dir = join(process.cwd(), "content", "python");
  return readdirSync(dir)
    .filter(isQuestionFileName)
    .map((name) => {
      const parsed = parseQuestionFile(readFileSync(join(dir, name), "utf8"));
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
      const q = parsed.data;
      return {
        number: q.number,
        slug: q.slug,
        title: q.title,
        difficulty: q.difficulty,
        tags: q.tags,
        version: 1,
        bodyMarkdown: q.body,
        items: buildVersionItems({ title: q.title, bodyMarkdown: q.body }),
      };
    });
}

// gift-pegjs leaves its escape placeholders in a matching answer (it skips its own decoding for
// plain text); Moodle's importer decodes them. The test decodes them the way Moodle does.
const PLACEHOLDERS: Record<string, string> = { "&&092;": "\\", "&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}", "&&126;": "~", "&&010": "\n" };
const decodePlain = (text: string) => text.replace(/&&(092|058|035|061|123|125|126);|&&010/g, (m) => PLACEHOLDERS[m] ?? m);
const collapse = (text: string) =>
  text
    .replace(/[\n\r]/g, " ")
    .replace(/\s\s+/g, " ")
    .trim();

function expectSurvives(item: TQuizItem, question: GIFTQuestion): void {
  const where = item.id;
  if (question.type === "Category" || question.type === "Description") throw new Error(`${where}: parsed as ${question.type}`);
  const stem = item.program ? `${item.prompt}\n\n\`\`\`python\n${item.program.code.replace(/\n+$/, "")}\n\`\`\`` : item.prompt;
  expect(question.stem, where).toEqual({ format: "markdown", text: stem.trim() });
  if (item.explanation.trim()) expect(question.globalFeedback?.text, where).toBe(item.explanation.trim());
  switch (item.kind) {
    case "single_choice":
    case "multiple_choice": {
      expect(question.type, where).toBe("MC");
      if (question.type !== "MC") return;
      expect(
        question.choices.map((c) => c.text.text),
        where,
      ).toEqual(item.options.map((o) => o.trim().replace(/^%/, "&#37;")));
      const right = question.choices.map((c, i) => (item.kind === "single_choice" ? c.isCorrect : (c.weight ?? 0) > 0) && i).filter((i) => i !== false);
      expect(right, where).toEqual(item.answer);
      if (item.kind === "multiple_choice") {
        const total = question.choices.reduce((sum, c) => sum + Math.max(c.weight ?? 0, 0), 0);
        expect(total, where).toBeCloseTo(100, 0);
      }
      return;
    }
    case "true_false":
      expect(question.type, where).toBe("TF");
      if (question.type === "TF") expect(question.isTrue, where).toBe(item.answer[0] === 0);
      return;
    case "short_text":
      expect(question.type, where).toBe("Short");
      if (question.type === "Short")
        expect(
          question.choices.map((c) => c.text.text.replace(/\\\*/g, "*")),
          where,
        ).toEqual(item.answer);
      return;
    case "matching": {
      expect(question.type, where).toBe("Matching");
      if (question.type !== "Matching") return;
      const pairs = item.answer as [number, number][];
      const expected = pairs.map(([left, right]) => [(item.items?.[left] ?? "").replace(/->/g, "-&gt;").trim().replace(/^%/, "&#37;"), collapse(item.options[right] ?? "")]);
      const used = new Set(pairs.map(([, right]) => right));
      for (const [i, option] of item.options.entries()) if (!used.has(i)) expected.push(["", collapse(option)]);
      expect(
        question.matchPairs.map((p) => [p.subquestion.text, decodePlain(p.subanswer)]),
        where,
      ).toEqual(expected);
      return;
    }
    case "ordering":
    case "recall":
      throw new Error(`${where}: ${item.kind} should not be exported`);
  }
}

describe("GIFT writer", () => {
  it("escapes GIFT's control characters and writes line breaks as \\n", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h\r\ni")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
    expect(formatGiftCategory(["C/C++", "pointers"])).toBe("$CATEGORY: $course$/top/C//C++/pointers\n\n");
  });

  it("writes each kind in the form Moodle's importer reads", () => {
    const [single, multiple, isTrue, isFalse, short] = nastyItems;
    expect(formatGiftItem({ ...single!, prompt: "Pick one", options: ["a", "b"], explanation: "" }, { name: "Q1 x" })).toBe("::Q1 x::[markdown]Pick one{~a =b}\n");
    expect(formatGiftItem(multiple!, { name: "Q1 y", tags: ["t1", "t2"] })).toBe(
      "// [tag:t1] [tag:t2]\n::Q1 y::[markdown]Which hold?{~%33.33333%\\=one ~%-100%two\\# ~%33.33333%\\{three\\} ~%33.33333%four\\:}\n",
    );
    expect(formatGiftItem(isTrue!, { name: "t" })).toMatch(/\{T\}\n$/);
    expect(formatGiftItem(isFalse!, { name: "f" })).toBe("::f::[markdown]T{F ####F}\n");
    expect(formatGiftItem(short!, { name: "s" })).toBe("::s::[markdown]Name it\\:{=a\\*b =x\\=y =colon\\: yes}\n");
    expect(formatGiftItem({ ...single!, kind: "ordering" }, { name: "o" })).toEqual({ reason: "GIFT has no ordering questions" });
  });

  it("survives gift-pegjs for items full of special characters", async () => {
    const text = await collect(
      streamGift(
        { slug: "nasty", name: "Nasty: {bank}" },
        each([{ number: 1, slug: "n", title: "N", difficulty: "easy", tags: ["edge-cases"], version: 1, bodyMarkdown: "", items: nastyItems }]),
      ),
    );
    const parsed = parse(text);
    expect(parsed[0]).toEqual({ type: "Category", title: "$course$/top/Nasty: {bank}/edge-cases" });
    const questions = parsed.slice(1);
    expect(questions).toHaveLength(nastyItems.length);
    for (const [i, item] of nastyItems.entries()) {
      expect(questions[i]?.title).toBe(`Q1 ${item.id}`);
      expectSurvives(item, questions[i] as GIFTQuestion);
      expect((questions[i] as { tags?: string[] }).tags).toEqual(["edge-cases"]);
    }
  });

  it("exports every GIFT-able item of the Python bank, generated and hand-written, and each parses back as written", { timeout: 120_000 }, async () => {
    const questions = readPythonBank();
    const items = new Map<string, TQuizItem>(questions.flatMap((q) => q.items.map((item) => [`Q${q.number} ${item.id}`, item] as const)));
    const text = await collect(streamGift({ slug: "python", name: "Python" }, each(questions)));
    const parsed = parse(text);
    const exported = parsed.filter((q) => q.type !== "Category");
    const exportable = [...items.values()].filter((item) => item.kind !== "ordering" && item.kind !== "recall");
    expect(exported).toHaveLength(exportable.length);
    const kinds = new Set<string>();
    for (const question of exported) {
      const item = items.get(question.title ?? "");
      if (!item) throw new Error(`no item named ${question.title}`);
      expectSurvives(item, question);
      kinds.add(`${item.generator}/${item.kind}`);
    }
    // Generated and hand-written items of every GIFT kind are in there.
    for (const kind of [
      "which-subject/single_choice",
      "true-false/true_false",
      "matching/matching",
      "odd-one-out/single_choice",
      "authored/single_choice",
      "authored/multiple_choice",
      "authored/true_false",
      "authored/short_text",
      "predict-time/single_choice",
    ])
      expect(kinds).toContain(kind);
    // Categories follow the questions' first tags.
    const categories = parsed.filter((q) => q.type === "Category").map((q) => q.title);
    expect(categories).toContain("$course$/top/Python/concurrency");
  });
});
