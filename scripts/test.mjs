// `npm test`: the whole suite, in stages, each against real parts.
//   lint         ESLint (eslint.config.mjs): Next's and typescript-eslint's rules and the import
//                boundaries between the layers
//   types        tsc over the whole project, and the two Prisma schemas in sync
//   unit         pure libraries (Vitest project "unit"), the content check and every sandbox
//                block in the banks
//   cpython      the sandbox's golden outputs re-checked against a real CPython 3.11, then every
//                python fence of the banks run in both and compared (scripts/check-fences-cpython.ts),
//                alone, so timing-sensitive programs are not disturbed by parallel tests (skipped,
//                with a message, where python3 is not 3.11)
//   sqlite       the integration suite on a fresh SQLite file
//   postgresql   the same suite on a fresh PostgreSQL database (TEST_POSTGRES_URL, or the local
//                throwaway server that .ci/start-postgres.sh starts)
//   e2e          a production build served on a fresh SQLite database, driven by Chromium
// `node scripts/test.mjs unit sqlite` runs only the named stages.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const node = process.execPath;
const bin = (pkg, file) => join(root, "node_modules", pkg, file);
const ALL = ["lint", "types", "unit", "cpython", "sqlite", "postgresql", "e2e"];
const stages = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const s of stages) if (!ALL.includes(s)) throw new Error(`unknown stage ${s}; stages: ${ALL.join(", ")}`);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const runId = `${Date.now().toString(36)}${process.pid}`;

function run(args, env = baseEnv, label) {
  if (label) console.log(`\n━━ ${label}`);
  execFileSync(node, args, { cwd: root, env, stdio: "inherit" });
}
const vitest = (project, env) => run([bin("vitest", "vitest.mjs"), "run", "--project", project], env);
const migrate = (env) => run([bin("tsx", "dist/cli.mjs"), "scripts/db/migrate.ts"], env);

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sqliteUrl(name) {
  mkdirSync(join(root, "data", "test"), { recursive: true });
  const file = join(root, "data", "test", `${name}-${runId}.db`);
  return { url: `file:${file}`, cleanup: () => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true })) };
}

async function postgresServerUrl() {
  if (process.env.TEST_POSTGRES_URL) return process.env.TEST_POSTGRES_URL;
  // Locally, fall back to the same throwaway server CI uses, when the server binaries exist.
  execFileSync("bash", [join(root, ".ci", "start-postgres.sh")], { stdio: "inherit" });
  return "postgresql://postgres@127.0.0.1:55432/postgres";
}

async function withPostgresDatabase(fn) {
  const serverUrl = await postgresServerUrl();
  const name = `interleave_test_${runId}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

const E2E_TRUSTED_PROXY = "127.0.0.30";

async function runE2e() {
  const distDir = ".next-e2e";
  console.log("\n━━ e2e: production build");
  run([bin("next", "dist/bin/next"), "build"], { ...baseEnv, NEXT_DIST_DIR: distDir });
  const db = sqliteUrl("e2e");
  const port = await freePort();
  const env = {
    ...baseEnv,
    DATABASE_URL: db.url,
    NEXT_DIST_DIR: distDir,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: `e2e-secret-${runId}-padding`,
    NODE_ENV: "production",
  };
  // The browser tests act as a reverse proxy from this one loopback address (tests/e2e/client-address.test.ts).
  const serverEnv = { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", TRUSTED_PROXIES: E2E_TRUSTED_PROXY };
  migrate(env);
  run([bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/db/seed.ts"], env);
  // The same server `npm start` runs, micro-cache included.
  const server = spawn(node, [join(root, "scripts", "serve", "server.mjs")], { cwd: root, env: serverEnv, stdio: ["ignore", "inherit", "inherit"] });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    vitest("e2e", { ...env, E2E_BASE_URL: `http://127.0.0.1:${port}`, E2E_TRUSTED_PROXY });
  } finally {
    server.kill("SIGTERM");
    db.cleanup();
  }
}

async function waitForServer(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

// One sandbox bundle for the whole run: the database stages and the browser tests grade
// predictions in worker threads that load it, and items were made by the same engine at seed.
run([join(root, "scripts", "build-sandbox-thread.mjs")], baseEnv);
// The authors' editor bundle: the type check reads its declarations, the e2e build imports it.
run([join(root, "scripts", "build-markdown-editor.mjs")], baseEnv);
// Tells the suites' global setup (tests/support/build-sandbox-thread.ts) not to bundle again.
baseEnv.SANDBOX_THREAD_BUNDLED = "1";

for (const stage of stages) {
  switch (stage) {
    case "lint":
      run(
        [bin("eslint", "bin/eslint.js"), "--cache", "--cache-strategy", "content", "--cache-location", join(root, "node_modules", ".cache", "eslint") + "/", "."],
        baseEnv,
        "lint: eslint",
      );
      run([bin("prettier", "bin/prettier.cjs"), "--check", "--log-level", "warn", "."], baseEnv, "lint: prettier --check");
      break;
    case "types":
      run([bin("typescript", "bin/tsc"), "--noEmit"], baseEnv, "types: tsc --noEmit");
      run([join(root, "scripts", "db", "build-schemas.mjs"), "--check"]);
      break;
    case "unit":
      console.log("\n━━ unit");
      vitest("unit", { ...baseEnv, SANDBOX_SKIP_CPYTHON: "1" });
      break;
    case "cpython": {
      console.log("\n━━ sandbox goldens against CPython");
      const check = spawnSync("python3", [join(root, "scripts", "check-golden-cpython.py")], { cwd: root, stdio: "inherit" });
      if (check.error || check.status === 2) {
        console.log("skipped: python3 is not CPython 3.11 on this machine");
        break;
      }
      if (check.status !== 0) throw new Error("golden outputs differ from CPython");
      console.log("\n━━ the banks' python fences against CPython");
      const fences = spawnSync(node, [bin("tsx", "dist/cli.mjs"), join(root, "scripts", "check-fences-cpython.ts")], { cwd: root, env: baseEnv, stdio: "inherit" });
      if (fences.status !== 0) throw new Error("python fences print something else than CPython (see above)");
      break;
    }
    case "sqlite": {
      console.log("\n━━ integration on SQLite");
      const db = sqliteUrl("integration");
      const env = { ...baseEnv, DATABASE_URL: db.url };
      try {
        migrate(env);
        vitest("integration", env);
      } finally {
        db.cleanup();
      }
      break;
    }
    case "postgresql":
      console.log("\n━━ integration on PostgreSQL");
      await withPostgresDatabase(async (url) => {
        const env = { ...baseEnv, DATABASE_URL: url };
        migrate(env);
        vitest("integration", env);
      });
      break;
    case "e2e":
      await runE2e();
      break;
  }
}
console.log(`\nAll stages passed: ${stages.join(", ")}`);
// Each stage removes its own files; the folder goes only when empty, since another run (an e2e
// stage beside an integration stage) may still be using its database there.
try {
  rmdirSync(join(root, "data", "test"));
} catch {
  // not empty, or already gone
}
