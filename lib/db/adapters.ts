import { resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { readProvider } from "./provider";

// `pg` reports columns of PostgreSQL's internal `name` type (OID 19) that Prisma's schema engine
// cannot deserialize (prisma/orm#27403); they are plain text for every purpose here.
class NameAsTextPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<pg.QueryResult>).then(mapNameFields) as never;
    }
    return result as never;
  }
}

function mapNameFields(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 19) field.dataTypeID = 25;
  }
  return result;
}

/** How long a connection waits for another connection's write lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// WAL lets readers carry on while one writer commits and needs one fsync per commit instead of
// a rollback journal's several; the mode is stored in the database file, so setting it once is
// enough for every later connection, including other processes.
function enableWriteAheadLog(file: string): void {
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

export function sqlitePathFromUrl(url: string): string {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return resolve(/*turbopackIgnore: true*/ path);
}

export type TAdapterOptions = { /** PostgreSQL pool size; the app passes env.DATABASE_POOL_SIZE */ poolSize?: number };

export function createAdapter(url: string, options: TAdapterOptions = {}) {
  const provider = readProvider(url);
  switch (provider) {
    case "sqlite": {
      const file = sqlitePathFromUrl(url);
      mkdirSync(dirname(file), { recursive: true });
      enableWriteAheadLog(file);
      return new PrismaBetterSQLite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    }
    case "postgresql": {
      const pool = new NameAsTextPool({ connectionString: url, max: options.poolSize ?? 10 });
      // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE …
      // FORCE) is an 'error' event on the pool; unheard, Node ends the whole process. pg has
      // already dropped that connection, and the next query opens a new one.
      pool.on("error", (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
      return new PrismaPg(pool);
    }
  }
}
