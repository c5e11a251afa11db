import { describe, expect, it } from "vitest";
import { checkTables } from "./check-tables";
import { findPythonSyntaxError } from "./check-python-syntax";
import { hashQuestion } from "./hash-question";
import { isSandboxBlock, listCodeBlocks } from "./list-code-blocks";
import { parseMarkdown } from "./parse-markdown";
import { parseQuestionFile } from "./parse-question-file";
import { renderAnswer, renderMarkdown } from "./render-markdown";
import { slugify } from "./slugify";

const file = (front: string, body = "Body text.") => `---\n${front}\n---\n${body}\n`;

describe("parseQuestionFile", () => {
  it("reads front matter and derives a slug from the title", () => {
    const result = parseQuestionFile(file("number: 60\ntitle: Difference between async and threading?\ntags: [asyncio, threading]\ndifficulty: medium"));
    expect(result).toEqual({
      ok: true,
      data: { number: 60, title: "Difference between async and threading?", tags: ["asyncio", "threading"], difficulty: "medium", slug: "difference-between-async-and-threading", body: "Body text.\n" },
    });
  });

  it.each([
    ["no front matter", "Just text", 1, /must start with a --- front matter block/],
    ["unclosed front matter", "---\nnumber: 1\n", 1, /not closed/],
    ["a number that is text", file("number: one\ntitle: Valid title\ndifficulty: easy"), 2, /^number: /],
    ["an unknown difficulty", file("number: 1\ntitle: Valid title\ndifficulty: brutal"), 4, /^difficulty: /],
    ["an unknown key", file("number: 1\ntitle: Valid title\ndifficulty: easy\nauthor: me"), 1, /author/],
    ["an upper-case tag", file("number: 1\ntitle: Valid title\ntags: [Python]\ndifficulty: easy"), 4, /^tags\.0: /],
  ])("rejects %s with the line", (_name, text, line, message) => {
    const result = parseQuestionFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.line).toBe(line);
      expect(result.error.message).toMatch(message);
    }
  });
});

describe("markdown helpers", () => {
  it("finds ragged table rows", () => {
    expect(checkTables(parseMarkdown("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 |\n"))).toEqual([{ line: 4, message: "table row has 1 cells but the header has 2" }]);
  });
  it("lists fences and recognises sandbox blocks", () => {
    const blocks = listCodeBlocks(parseMarkdown("```python sandbox\nprint(1)\n```\n\n```python\nx = 1\n```\n"));
    expect(blocks.map(isSandboxBlock)).toEqual([true, false]);
    expect(blocks[0]).toMatchObject({ lang: "python", value: "print(1)", line: 1 });
  });
  it("finds Python syntax errors with @lezer/python", () => {
    expect(findPythonSyntaxError("def f(x):\n    return x + 1\n")).toBeNull();
    expect(findPythonSyntaxError("x = 1\ndef f(:\n    pass\n")).toMatchObject({ line: 2 });
  });
  it("slugifies titles and hashes content stably", () => {
    expect(slugify("What is `yield from`?")).toBe("what-is-yield-from");
    const q = { title: "T", difficulty: "easy" as const, tags: ["b", "a"], body: "x" };
    expect(hashQuestion(q)).toBe(hashQuestion({ ...q, tags: ["a", "b"] }));
    expect(hashQuestion(q)).not.toBe(hashQuestion({ ...q, body: "y" }));
  });
});

describe("renderMarkdown", () => {
  it("never shows authored quiz blocks, which contain the answers", async () => {
    const html = await renderMarkdown("Text.\n\n```quiz\nkind: short_text\nprompt: Secret?\nanswer: [hidden]\n```\n\nMore.");
    expect(html).not.toContain("hidden");
    expect(html).toContain("More.");
  });

  it("never shows a quiz block nested in a list or blockquote either", async () => {
    const block = "```quiz\nkind: short_text\nprompt: Secret?\nanswer: [hidden]\n```";
    const nested = `- Item:\n\n  ${block.split("\n").join("\n  ")}\n\n> ${block.split("\n").join("\n> ")}\n\n> - ${block.split("\n").join("\n>   ")}\n\nMore.`;
    const html = await renderMarkdown(nested);
    expect(html).not.toMatch(/hidden|Secret/);
    expect(html).toContain("Item:");
    const segments = await renderAnswer(nested);
    expect(JSON.stringify(segments)).not.toMatch(/hidden|Secret/);
  });

  it("sanitizes, highlights code on the server and styles comparison tables", async () => {
    const html = await renderMarkdown(
      "# Title\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1))\n\n| Aspect | A | B |\n|---|---|---|\n| x | `1` | 2 |\n\n```python sandbox\nprint('hi')\n```\n",
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data-fence/);
    expect(html).toContain('<div class="table-wrap"><table class="comparison">');
    expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*data-lang="python"[^>]*data-sandbox="true"/);
    const printClass = /<span class="(t[0-9a-z]+)">print<\/span>/.exec(html)?.[1];
    expect(printClass).toBeDefined();
    expect(html).toMatch(new RegExp(`<style>.*\\.${printClass}\\{color:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6};\\}.*</style>`));
  });
});

describe("renderAnswer", () => {
  it("splits the answer into HTML chunks and runnable sandbox blocks carrying the raw code", async () => {
    const segments = await renderAnswer("Intro <b>x</b>\n\n```python sandbox\nprint('<img src=x onerror=alert(1)>')\n```\n\n```python\nx = 1\n```\n\nOutro.");
    expect(segments.map((s) => s.kind)).toEqual(["html", "sandbox", "html"]);
    const [intro, sandbox, rest] = segments;
    expect(intro).toEqual({ kind: "html", html: "<p>Intro x</p>" });
    // The code is plain text for a React prop; its highlighted <pre> is the no-JavaScript view.
    expect(sandbox).toMatchObject({ kind: "sandbox", lang: "python", code: "print('<img src=x onerror=alert(1)>')" });
    if (sandbox?.kind !== "sandbox") throw new Error("expected a sandbox block");
    expect(sandbox.html).toMatch(/^<pre class="shiki[^"]*"[^>]*data-sandbox="true"/);
    expect(sandbox.html).not.toContain("<img");
    if (rest?.kind !== "html") throw new Error("expected html");
    expect(rest.html).toMatch(/<pre class="shiki[^"]*"[^>]*data-lang="python"/);
    expect(rest.html).toContain("<p>Outro.</p>");
    expect(rest.html).toMatch(/<style>/);
  });

  it("turns the runnable fences the importer found into examples, and leaves the rest plain", async () => {
    const md = "```python\nprint(1)\n```\n\n```python\nnums.sort()\n```\n\n```python sandbox\nprint(2)\n```\n\n```python norun\nprint(3)\n```\n\n- ```python\n  print(4)\n  ```\n";
    const segments = await renderAnswer(md, { runnableFences: [1, 4, 5] });
    expect(segments.map((s) => s.kind)).toEqual(["example", "html", "sandbox", "html"]);
    expect(segments[0]).toMatchObject({ kind: "example", lang: "python", code: "print(1)" });
    if (segments[0]?.kind !== "example") throw new Error("expected an example");
    expect(segments[0].html).toMatch(/^<pre class="shiki[^"]*"[^>]*data-runnable="true"/);
    // Position 4 is a norun fence and 5 sits in a list: neither becomes an example, whatever the list says.
    expect(JSON.stringify(segments.slice(1))).not.toContain("data-runnable");
    // Prediction blocks keep their numbers: they count sandbox fences only.
    expect(segments[2]).toMatchObject({ kind: "sandbox", code: "print(2)", block: 1 });
    // Nothing stored yet (an older import): every plain fence stays plain.
    expect((await renderAnswer(md)).map((s) => s.kind)).toEqual(["html", "sandbox", "html"]);
  });

  it("pairs two sandbox fences after <!-- compare --> into a compare block with titles", async () => {
    const md = "<!-- compare: Threads | Tasks -->\n```python sandbox\nprint(1)\n```\n\n```python sandbox\nprint(2)\n```\n\n<!-- compare -->\n```python sandbox\nprint(3)\n```\n\nText between.\n\n```python sandbox\nprint(4)\n```\n";
    const segments = await renderAnswer(md);
    expect(segments.map((s) => s.kind)).toEqual(["compare", "sandbox", "html", "sandbox", "html"]);
    expect(segments[0]).toMatchObject({ left: { code: "print(1)", title: "Threads" }, right: { code: "print(2)", title: "Tasks" } });
  });
});
