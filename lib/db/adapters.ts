import { resolve } from "node:path";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
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

export function sqlitePathFromUrl(url: string): string {
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return resolve(/*turbopackIgnore: true*/ path);
}

export function createAdapter(url: string) {
  const provider = readProvider(url);
  switch (provider) {
    case "sqlite": {
      const file = sqlitePathFromUrl(url);
      mkdirSync(dirname(file), { recursive: true });
      return new PrismaBetterSQLite3({ url: `file:${file}` });
    }
    case "postgresql":
      return new PrismaPg(new NameAsTextPool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }));
  }
}
