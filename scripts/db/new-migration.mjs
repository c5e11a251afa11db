// Creates the next migration for both providers: `npm run db:new-migration -- add_quiz_tables`.
// `prisma migrate dev` needs a downloaded engine, so each migration is a diff between the schema
// snapshot kept beside the previous migration and the current schema. The PostgreSQL diff needs
// a server to talk to: set POSTGRES_URL (the test server from .ci/start-postgres.sh works).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
const postgresUrl = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:55432/postgres";
execFileSync(process.execPath, [join(root, "scripts", "db", "build-schemas.mjs")], { stdio: "inherit" });

for (const provider of ["sqlite", "postgresql"]) {
  const dir = join(root, "prisma", provider, "migrations");
  const previous = readdirSync(dir)
    .filter((d) => /^\d{4}_/.test(d))
    .sort();
  const last = previous.at(-1);
  const snapshot = last ? join(dir, last, "schema.snapshot.prisma") : null;
  const from = snapshot && existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const schema = join(root, "prisma", provider, "schema.prisma");
  const sql = execFileSync(process.execPath, [join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: provider === "sqlite" ? "file:./data/migration-diff.db" : postgresUrl },
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: schema unchanged, no migration`);
    continue;
  }
  const next = String(previous.length + 1).padStart(4, "0");
  const target = join(dir, `${next}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, "migration.sql"), sql);
  copyFileSync(schema, join(target, "schema.snapshot.prisma"));
  console.log(`${provider}: wrote ${target}`);
}
