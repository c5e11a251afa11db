import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS, sqlitePathFromUrl } from "../../lib/db/adapters";
import { DEFAULT_DATABASE_URL, readProvider } from "../../lib/db/provider";

const root = join(__dirname, "..", "..");

/** What the command line should say, with no stack trace under it. */
export class MigrationBlockedError extends Error {}

// Prisma's schema engine reports a busy SQLite file as "unknown variant `SocketTimeout`"; the
// file is checked first, so a locked database is named as one.
function assertSqliteWritable(url: string): void {
  const file = sqlitePathFromUrl(url);
  if (!existsSync(file)) return;
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
  } catch (error) {
    if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
    throw new MigrationBlockedError(
      `The SQLite database ${file} is locked by another process (waited ${SQLITE_BUSY_TIMEOUT_MS / 1000} s for it). ` +
        "Another `npm start`, a test run or a database tool probably holds it open in a transaction: close that and start again.",
    );
  } finally {
    db.close();
  }
}

export function applyMigrations(url: string | undefined, quiet = false): void {
  const databaseUrl = url ?? DEFAULT_DATABASE_URL;
  const provider = readProvider(databaseUrl);
  if (provider === "sqlite") assertSqliteWritable(databaseUrl);
  execFileSync(process.execPath, [join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (!quiet) console.log(`migrations applied (${provider})`);
}
