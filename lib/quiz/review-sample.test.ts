import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { extractComparisonTables, generateItemsFromMarkdown } from "@/lib/quiz";
import { formatReviewItem, formatReviewKey, pickReviewSample } from "./review-sample";

const md = "| Aspect | Gizmo | Widget |\n|---|---|---|\n| Speed | Fast | Slow |\n| Weight | Heavy | Light |\n| Cost | Cheap | Dear |\n";

describe("pickReviewSample", () => {
  it("draws distinct entries, the same ones for the same seed", () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    const a = pickReviewSample(list, 10, 7);
    expect(new Set(a).size).toBe(10);
    expect(pickReviewSample(list, 10, 7)).toEqual(a);
    expect(pickReviewSample(list, 10, 8)).not.toEqual(a);
    expect(pickReviewSample(list, 80, 1)).toHaveLength(50);
  });
});

describe("formatReviewItem", () => {
  const [table] = extractComparisonTables(md);
  const item = generateItemsFromMarkdown(md, { seed: 1 }).find((i) => i.generator === "which-subject" && i.source.row === 0);
  if (!item) throw new Error("expected a which-subject item from row 0");
  const entry = { label: "demo/001 · table 0, row 0", item, table };

  it("shows prompt, options, the right one, the source row and the explanation", () => {
    const text = formatReviewItem(entry, 3, { blind: false });
    expect(text.split("\n")[0]).toBe("── 3 · demo/001 · table 0, row 0 · which-subject");
    expect(text).toContain(item.prompt);
    expect(text).toMatch(/← right/);
    expect(text).toContain("Source row: Speed | Gizmo: Fast | Widget: Slow");
    expect(text).toContain(`Explanation: ${item.explanation}`);
  });

  it("leaves the answer out when blind and gives it in the key", () => {
    const text = formatReviewItem(entry, 3, { blind: true });
    expect(text).not.toMatch(/← right|Answer:|Source row/);
    expect(formatReviewKey(entry, 3)).toMatch(/^── 3 · demo\/001[^\n]*\nAnswer: [AB]\. (Gizmo|Widget)\nSource row: Speed/);
  });
});

describe("questions:review CLI", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/questions-review.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });

  it("prints a reproducible sample across the bank", () => {
    const result = run("--sample", "4", "--seed", "11");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^4 of \d+ generated items \(seed 11\)/);
    expect(result.stdout.match(/^── \d+ · python\//gm)).toHaveLength(4);
    expect(result.stdout.match(/^Answer: /gm)).toHaveLength(4);
    expect(run("--sample", "4", "--seed", "11").stdout).toBe(result.stdout);
  }, 60_000);

  it("exits 1 with the usage for a bad argument", () => {
    for (const args of [["--seed", "x"], ["--bank", "nope"], ["--sample"], ["extra"]]) {
      const result = run(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/usage: npm run -s questions:review/);
    }
  }, 60_000);
});
