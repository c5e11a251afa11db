import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/questions-generate.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });

describe("questions:generate CLI", () => {
  it("prints the items of Q60 as JSON", () => {
    const result = run("content/python/060-async-vs-threading.md", "--seed", "42");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const items = JSON.parse(result.stdout) as { id: string; kind: string; options: string[]; answer: unknown[]; items?: string[]; source: object }[];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "kind", "prompt", "options", "answer", "explanation", "source"]));
    expect(items.filter((i) => i.kind === "matching").every((i) => Array.isArray(i.items))).toBe(true);
    expect(run("content/python/060-async-vs-threading.md", "--seed", "42").stdout).toBe(result.stdout);
  }, 30_000);

  it("exits 1 for a file without a usable table, a missing file and a bad flag", () => {
    const dir = mkdtempSync(join(tmpdir(), "quiz-cli-"));
    const file = join(dir, "plain.md");
    writeFileSync(file, "---\nnumber: 1\n---\nJust prose.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    const noTable = run(file);
    expect(noTable.status).toBe(1);
    expect(noTable.stdout).toBe("");
    expect(noTable.stderr).toMatch(/no usable comparison table/);
    expect(run(join(dir, "missing.md")).stderr).toMatch(/cannot read/);
    expect(run("content/python/060-async-vs-threading.md", "--seed", "x").status).toBe(1);
    expect(run("content/python/060-async-vs-threading.md", "--bogus").stderr).toMatch(/unknown flag --bogus/);
  }, 30_000);
});
