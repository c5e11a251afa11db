// Every runnable example in the banks (```python sandbox fences) must run in the scheduler
// sandbox without an error: learners press Run on exactly this code. A workload block runs once
// per mode its switch offers.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSandboxBlock, listCodeBlocks } from "@/lib/content/list-code-blocks";
import { parseMarkdown } from "@/lib/content/parse-markdown";
import { parseSandboxMeta, setWorkloadMode } from "@/lib/content/sandbox-meta";
import { runProgram } from "@/lib/sandbox";

const contentDir = join(process.cwd(), "content");
const blocks = readdirSync(contentDir)
  .filter((bank) => existsSync(join(contentDir, bank, "bank.md")))
  .flatMap((bank) =>
    readdirSync(join(contentDir, bank))
      .filter((name) => /^\d+-.*\.md$/.test(name))
      .flatMap((name) =>
        listCodeBlocks(parseMarkdown(readFileSync(join(contentDir, bank, name), "utf8")))
          .filter(isSandboxBlock)
          .flatMap((block) => {
            const modes = parseSandboxMeta(block.meta).modes;
            if (modes.length === 0) return [{ key: `${bank}/${name}:${block.line}`, code: block.value }];
            return modes.map((mode) => ({ key: `${bank}/${name}:${block.line} as ${mode}`, code: setWorkloadMode(block.value, mode) }));
          }),
      ),
  );

describe("sandbox blocks in the banks", () => {
  it("exist", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(blocks)("$key runs without error", ({ code }) => {
    const result = runProgram(code, { seed: 1 });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  }, 60_000);
});
