// kill -9 under load, the short version (`npm run check:crash` runs the long one): on a copy of
// the suite's database, a second server takes concurrent self-assessments and is killed twice
// mid-load; afterwards every acknowledged write is stored with its review, and the database
// passes its integrity check and serves again.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqlitePathFromUrl } from "@/lib/db/adapters";
import { readProvider } from "@/lib/db/provider";
import { runCrashCheck } from "../../scripts/crash/crash-check";

const dir = join(process.cwd(), "data", "test");
const file = join(dir, `crash-${process.pid}.db`);
afterAll(() => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true })));

describe("a crash under load", () => {
  it.skipIf(readProvider(process.env.DATABASE_URL!) !== "sqlite")(
    "loses no acknowledged write and leaves the database intact",
    async () => {
      mkdirSync(dir, { recursive: true });
      // SQLite's backup API copies a consistent snapshot while the suite's server keeps writing.
      const source = new Database(sqlitePathFromUrl(process.env.DATABASE_URL!), { readonly: true });
      await source.backup(file);
      source.close();
      // Each kill waits for 12 acknowledged writes as well as 1.5 s of load: on a machine busy
      // with other work the rounds run longer rather than killing before anything was written.
      const report = await runCrashCheck({ env: { ...process.env, DATABASE_URL: `file:${file}` }, rounds: 2, loadMs: 1500, minAcknowledgedPerRound: 12, concurrency: 16 });
      expect(report.acknowledged).toBeGreaterThanOrEqual(24);
      expect(report).toMatchObject({ lost: 0, halfWritten: 0, integrity: [] });
      // Nothing is refused under this load: a refusal would be a 5xx from a busy server.
      expect(report.refused).toEqual({});
      expect(report.stored).toBeGreaterThanOrEqual(report.acknowledged);
    },
    600_000,
  );
});
