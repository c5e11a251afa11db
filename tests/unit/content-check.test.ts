// The content check for every bank under content/: the rules in content/README.md.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findPythonSyntaxError } from "@/lib/content/check-python-syntax";
import { isSandboxBlock, listCodeBlocks } from "@/lib/content/list-code-blocks";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { isQuestionFileName } from "@/lib/content/parse-question-file";
import { readBank } from "@/lib/questions/read-bank";

const contentDir = join(process.cwd(), "content");
const banks = readdirSync(contentDir).filter((name) => existsSync(join(contentDir, name, "bank.md")));

describe.each(banks)("content/%s", (slug) => {
  const dir = join(contentDir, slug);
  const files = readdirSync(dir).filter(isQuestionFileName);
  const read = readBank(
    { path: join(dir, "bank.md"), text: readFileSync(join(dir, "bank.md"), "utf8") },
    files.map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), "utf8") })),
  );

  it("has valid front matter, bodies and tables in every file", () => {
    expect(read.errors.map((e) => `${e.path}:${e.line}: ${e.message}`)).toEqual([]);
    expect(read.questions).toHaveLength(files.length);
  });

  it("numbers questions 1..N without gaps, and the file name starts with the number", () => {
    expect(read.questions.map((q) => q.number)).toEqual(read.questions.map((_, i) => i + 1));
    for (const q of read.questions) expect(Number.parseInt(q.path.split("/").pop()!, 10)).toBe(q.number);
  });

  it("has every python fence parse", () => {
    const problems: string[] = [];
    for (const q of read.questions) {
      for (const block of listCodeBlocks(parseMarkdown(q.body))) {
        if (block.lang !== "python") continue;
        const error = findPythonSyntaxError(block.value);
        if (error) problems.push(`${q.path}: fence at body line ${block.line}, code line ${error.line}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has at most `planned` questions", () => {
    if (read.bank?.planned) expect(read.questions.length).toBeLessThanOrEqual(read.bank.planned);
  });
});

describe("content/python", () => {
  const dir = join(contentDir, "python");
  const bodies = readdirSync(dir)
    .filter(isQuestionFileName)
    .map((name) => readFileSync(join(dir, name), "utf8"));

  it("is the full 170-question bank with Q60 as the async vs threading page", () => {
    expect(bodies).toHaveLength(170);
    const q60 = readdirSync(dir).find((name) => name.startsWith("060-"));
    expect(readFileSync(join(dir, q60!), "utf8")).toMatch(/^title: "?Difference between async and threading\?"?$/m);
  });

  it("keeps Q60's runnable examples as fences (no code pasted as prose) and its links to related answers", () => {
    const q60 = readFileSync(
      join(
        dir,
        readdirSync(dir).find((name) => name.startsWith("060-"))!,
      ),
      "utf8",
    );
    const blocks = listCodeBlocks(parseMarkdown(q60));
    expect(blocks.filter(isSandboxBlock)).toHaveLength(5);
    // Every line of Python at the start of a paragraph would be code that lost its fence.
    const prose = q60.replace(/```[\s\S]*?```/g, "");
    expect(prose).not.toMatch(/^(import |async def |def |asyncio\.run\()/m);
    for (const n of [57, 144, 147, 148, 152]) expect(q60).toContain(`](/python/${n})`);
  });

  it("has at least 15 comparison tables and 12 answers with sandbox blocks", () => {
    const tables = bodies.filter((text) => /^\| *Aspect *\|/m.test(text)).length;
    const sandboxAnswers = bodies.filter((text) => listCodeBlocks(parseMarkdown(text)).some(isSandboxBlock)).length;
    expect(tables).toBeGreaterThanOrEqual(15);
    expect(sandboxAnswers).toBeGreaterThanOrEqual(12);
  });
});
