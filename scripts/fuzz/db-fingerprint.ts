// What a request changed in the database, table by table: a checksum of every row of every table
// (SQLite: each row as JSON through SHA-1; PostgreSQL: md5 over the rows' text, in the server),
// recomputed only when the database may have changed since the last look. SQLite's
// `data_version` moves whenever another connection commits; PostgreSQL's WAL insert position moves
// with every write (and sometimes without one, which only costs a recount).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { sqlitePathFromUrl } from "../../lib/db/adapters";
import { readProvider } from "../../lib/db/provider";

/** Columns a request may write however it ends: a token's last use is recorded once the token
 * is recognised, before the route parses (and perhaps refuses) the rest, as GitHub's "last used"
 * does. The rest of the row still counts. */
const BOOKKEEPING_COLUMNS: Record<string, readonly string[]> = { ApiToken: ["lastUsedAt"] };

/** table → "rows:checksum" */
export type TSnapshot = Map<string, string>;

export type TFingerprint = {
  /** true when nothing can have been written since the last call (cheap) */
  unchangedSinceLastLook: () => Promise<boolean>;
  snapshot: () => Promise<TSnapshot>;
  close: () => Promise<void>;
};

export async function openFingerprint(url: string): Promise<TFingerprint> {
  if (readProvider(url) === "sqlite") {
    const db = new Database(sqlitePathFromUrl(url), { readonly: true, timeout: 10_000 });
    const version = () => db.pragma("data_version", { simple: true }) as number;
    let seen = version();
    const tables = () =>
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name`).all() as { name: string }[]).map(
        (r) => r.name,
      );
    return {
      unchangedSinceLastLook: async () => {
        const now = version();
        const same = now === seen;
        seen = now;
        return same;
      },
      snapshot: async () => {
        // One read transaction: every table as of the same commit.
        const read = db.transaction(() => {
          const result: TSnapshot = new Map();
          for (const table of tables()) {
            const hash = createHash("sha1");
            let rows = 0;
            const skipped = BOOKKEEPING_COLUMNS[table] ?? [];
            for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate() as Iterable<Record<string, unknown>>) {
              for (const column of skipped) delete row[column];
              hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : typeof v === "bigint" ? v.toString() : v)));
              rows++;
            }
            result.set(table, `${rows}:${hash.digest("hex")}`);
          }
          return result;
        });
        return read();
      },
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lsn = async () => (await client.query("SELECT pg_current_wal_insert_lsn()::text AS lsn")).rows[0].lsn as string;
  let seen = await lsn();
  return {
    unchangedSinceLastLook: async () => {
      const now = await lsn();
      const same = now === seen;
      seen = now;
      return same;
    },
    snapshot: async () => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const names = (
          await client.query(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '_prisma%' ORDER BY table_name`,
          )
        ).rows.map((r: { name: string }) => r.name);
        const result: TSnapshot = new Map();
        for (const name of names) {
          const skipped = BOOKKEEPING_COLUMNS[name] ?? [];
          const text = skipped.length ? `(to_jsonb(t) - ARRAY[${skipped.map((c) => `'${c}'`).join(", ")}])::text` : "t::text";
          const row = (await client.query(`SELECT count(*)::text AS n, md5(coalesce(string_agg(${text}, '|' ORDER BY ${text}), '')) AS h FROM "${name}" t`)).rows[0] as {
            n: string;
            h: string;
          };
          result.set(name, `${row.n}:${row.h}`);
        }
        return result;
      } finally {
        await client.query("COMMIT");
      }
    },
    close: () => client.end(),
  };
}

/** Tables whose checksum differs, leaving out `ignore`. */
export function changedTables(before: TSnapshot, after: TSnapshot, ignore: ReadonlySet<string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !ignore.has(name) && before.get(name) !== after.get(name)).sort();
}
