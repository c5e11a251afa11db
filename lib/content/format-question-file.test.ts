import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBankFile, formatQuestionFile, questionFileName } from "./format-question-file";
import { isQuestionFileName, parseBankFile, parseQuestionFile } from "./parse-question-file";
import { normalizeBody } from "./normalize-body";
import { slugify } from "./slugify";

// Without a body checker parseQuestionFile reads the file's shape only, which is what these
// tests are about (the body checks are lib/questions').

describe("formatQuestionFile", () => {
  it("writes the front matter in the hand-written files' order, quoting only what YAML needs", () => {
    const text = formatQuestionFile({ number: 7, title: "What does `a: b` mean?", slug: "what-does-a-b-mean", tags: ["syntax", "dicts"], difficulty: "hard", body: "\n\nThe answer.\n\n\n" });
    expect(text).toBe('---\nnumber: 7\ntitle: "What does `a: b` mean?"\ntags: [syntax, dicts]\ndifficulty: hard\n---\nThe answer.\n');
    expect(questionFileName({ number: 7, slug: "what-does-a-b-mean" })).toBe("007-what-does-a-b-mean.md");
  });

  it("refuses a number above 9999, where imports park the questions they move", () => {
    const parsed = parseQuestionFile(formatQuestionFile({ number: 1_000_000, title: "Parked", slug: "parked", tags: [], difficulty: "easy", body: "Text." }));
    expect(parsed).toEqual({ ok: false, error: { line: 2, message: "number: numbers go up to 9999" } });
  });

  it("writes the slug only when the title would not give it back", () => {
    const renamed = formatQuestionFile({ number: 1, title: "A better title", slug: "the-first-title", tags: [], difficulty: "easy", body: "Text." });
    expect(renamed).toContain("\nslug: the-first-title\ntags: []\n");
    const parsed = parseQuestionFile(renamed);
    expect(parsed.ok && parsed.data.slug).toBe("the-first-title");
  });

  it("reads back every question of the Python bank as the same question", () => {
    const dir = join(process.cwd(), "content", "python");
    const names = readdirSync(dir).filter(isQuestionFileName);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const first = parseQuestionFile(readFileSync(join(dir, name), "utf8"));
      if (!first.ok) throw new Error(`${name}: ${first.error.message}`);
      const written = formatQuestionFile(first.data);
      const again = parseQuestionFile(written);
      expect(again, name).toEqual(first);
      // Formatting what was read back gives the same bytes: a second export is identical.
      if (again.ok) expect(formatQuestionFile(again.data)).toBe(written);
      expect(questionFileName(first.data)).toMatch(/^\d{3}-[a-z0-9-]+\.md$/);
    }
  });

  it("round-trips any title, tags and body the parser accepts", () => {
    const title = fc.string({ minLength: 3, maxLength: 80 }).filter((t) => t.trim().length >= 3 && t === t.trim() && slugify(t) !== "" && !/[\r\n]/.test(t));
    const tag = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
    const body = fc.string({ minLength: 1, maxLength: 200 }).filter((b) => b.trim() !== "");
    fc.assert(
      fc.property(title, fc.uniqueArray(tag, { maxLength: 4 }), fc.constantFrom("easy", "medium", "hard" as const), body, (t, tags, difficulty, b) => {
        const parsed = parseQuestionFile(formatQuestionFile({ number: 12, title: t, slug: slugify(t), tags, difficulty, body: b }));
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.data).toEqual({ number: 12, title: t, slug: slugify(t), tags, difficulty, body: normalizeBody(b) });
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("formatBankFile", () => {
  it("reads back the Python bank's bank.md as the same bank", () => {
    const first = parseBankFile(readFileSync(join(process.cwd(), "content", "python", "bank.md"), "utf8"));
    if (!first.ok) throw new Error(first.error.message);
    const written = formatBankFile({ ...first.data, planned: first.data.planned ?? null });
    expect(parseBankFile(written)).toEqual(first);
  });

  it("leaves out a planned size of zero and an empty introduction", () => {
    expect(formatBankFile({ slug: "go", name: "Go: the language", emoji: "🐹", description: "Goroutines # and channels.", planned: 0, intro: "  " })).toBe(
      '---\nslug: go\nname: "Go: the language"\nemoji: "🐹"\ndescription: "Goroutines # and channels."\n---\n',
    );
  });
});
