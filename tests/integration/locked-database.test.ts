// `npm start` migrates before it serves. When another connection holds the SQLite file, the
// migration step must say so, instead of Prisma's "unknown variant `SocketTimeout`".
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { currentProvider } from "../support/test-db";

describe("a locked SQLite database", () => {
  it.skipIf(currentProvider() !== "sqlite")("is named as locked by the migration step, which exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "interleave-locked-"));
    const file = join(dir, "locked.db");
    const holder = new Database(file);
    try {
      holder.pragma("journal_mode = WAL");
      holder.exec("BEGIN EXCLUSIVE");
      const run = spawnSync(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: `file:${file}` },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/locked\.db is locked by another process/);
      expect(run.stderr).not.toMatch(/SocketTimeout/);
    } finally {
      holder.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
