// The serving layer refuses every server-action request (scripts/serve/request-guard.mjs), because
// Next decodes an action's body before any of our code runs and answers a malformed, oversized or
// cross-site one with a 500. So the app has none: a "use server" module would be unreachable.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "generated" || entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe("server actions", () => {
  it("do not exist: every write is a route handler under /api", () => {
    const actions = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/m.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(actions, "make these route handlers under /api that read their body with parseJsonBody (docs/ARCHITECTURE.md, State-changing requests)").toEqual([]);
  });
});
