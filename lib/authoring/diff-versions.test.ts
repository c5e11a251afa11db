import { describe, expect, it } from "vitest";
import { diffBodies, diffVersions, findCodeLines } from "./diff-versions";

const side = (bodyMarkdown: string, extra: Partial<{ title: string; difficulty: string; tags: string[] }> = {}) => ({
  title: "Same title",
  difficulty: "easy",
  tags: ["a", "b"],
  bodyMarkdown,
  ...extra,
});

describe("diffVersions", () => {
  it("reports no change for equal versions, whatever the tag order", () => {
    const diff = diffVersions(side("Text.\n"), side("Text.\n", { tags: ["b", "a"] }));
    expect(diff).toEqual({ fields: [], body: [{ kind: "same", lines: ["Text."] }], changed: false });
  });

  it("lists changed front-matter fields before and after", () => {
    const diff = diffVersions(side("x\n"), side("x\n", { title: "New title", difficulty: "hard", tags: ["a"] }));
    expect(diff.fields).toEqual([
      { field: "title", before: "Same title", after: "New title" },
      { field: "difficulty", before: "easy", after: "hard" },
      { field: "tags", before: "a, b", after: "a" },
    ]);
    expect(diff.changed).toBe(true);
  });
});

describe("diffBodies", () => {
  it("compares prose word by word, keeping the unchanged words of an edited sentence", () => {
    const blocks = diffBodies("Intro.\n\nThe loop switches at every await.\n\nEnd.\n", "Intro.\n\nThe event loop switches only at await.\n\nEnd.\n");
    expect(blocks.map((b) => b.kind)).toEqual(["same", "prose", "same"]);
    const prose = blocks[1];
    if (prose?.kind !== "prose") throw new Error("expected prose");
    expect(prose.parts.filter((p) => p.mark === "added").map((p) => p.text.trim())).toEqual(["event", "only"]);
    expect(prose.parts.filter((p) => p.mark === "removed").map((p) => p.text.trim())).toEqual(["every"]);
    expect(
      prose.parts
        .filter((p) => p.mark === "same")
        .map((p) => p.text)
        .join(""),
    ).toContain("loop switches");
  });

  it("compares code line by line, whole lines only", () => {
    const before = "Run it:\n\n```python\nx = 1\nprint(x)\n```\n";
    const after = "Run it:\n\n```python\nx = 2\nprint(x)\n```\n";
    const blocks = diffBodies(before, after);
    expect(blocks).toEqual([
      { kind: "same", lines: ["Run it:", "", "```python"] },
      {
        kind: "code",
        lines: [
          { mark: "removed", text: "x = 1" },
          { mark: "added", text: "x = 2" },
        ],
      },
      { kind: "same", lines: ["print(x)", "```"] },
    ]);
  });

  it("splits a run that touches prose and code into a word diff and a line diff, in reading order", () => {
    const before = "Old words here.\n```python\na = 1\n```\n";
    const after = "New words here.\n```python\na = 3\n```\n";
    const blocks = diffBodies(before, after);
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "same", "code", "same"]);
  });

  it("treats a table cell edit as prose", () => {
    const table = (cell: string) => `| Aspect | A | B |\n|---|---|---|\n| Speed | ${cell} | slow |\n`;
    const blocks = diffBodies(table("fast"), table("very fast"));
    const prose = blocks.find((b) => b.kind === "prose");
    expect(prose?.kind === "prose" && prose.parts.filter((p) => p.mark === "added").map((p) => p.text)).toEqual(["very "]);
  });
});

describe("findCodeLines", () => {
  it("marks fenced blocks with their fence lines and nothing else", () => {
    expect([...findCodeLines("text\n```python\na\nb\n```\nmore\n")]).toEqual([2, 3, 4, 5]);
  });
});
