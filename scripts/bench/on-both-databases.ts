// A benchmark's run on each database, in a fresh one every time: a new SQLite file under
// data/bench, then, when a PostgreSQL server answers (POSTGRES_URL, or the test server of
// .ci/start-postgres.sh), a database made for the run and dropped after it.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

const root = join(__dirname, "..", "..");

async function findPostgresServer(): Promise<string | null> {
  const url = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:55432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

export async function runOnBothDatabases(name: string, run: (label: "SQLite" | "PostgreSQL", url: string) => void): Promise<void> {
  mkdirSync(join(root, "data", "bench"), { recursive: true });
  const file = join(root, "data", "bench", `bench-${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  run("SQLite", `file:${file}`);
  const server = await findPostgresServer();
  if (!server) {
    console.log("\nPostgreSQL: skipped (no server at POSTGRES_URL or 127.0.0.1:55432; `bash .ci/start-postgres.sh` starts one)");
    return;
  }
  const database = `bench_${name}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  try {
    const url = new URL(server);
    url.pathname = `/${database}`;
    run("PostgreSQL", url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}
