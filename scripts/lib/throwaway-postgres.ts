// A fresh PostgreSQL database for one script run, dropped afterwards: on TEST_POSTGRES_URL's
// server, or on the local throwaway server that .ci/start-postgres.sh starts.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";

export async function withPostgresDatabase<T>(label: string, fn: (url: string) => Promise<T>): Promise<T> {
  let serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) {
    execFileSync("bash", [join(__dirname, "..", "..", ".ci", "start-postgres.sh")], { stdio: "inherit" });
    serverUrl = "postgresql://postgres@127.0.0.1:55432/postgres";
  }
  const name = `interleave_${label}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
