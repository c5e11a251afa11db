// `npm start`: everything a fresh clone needs, then the production server.
//  1. defaults: SQLite at data/interleave.db, an auth secret generated once into data/
//  2. migrations for the chosen database
//  3. content import and demo accounts (idempotent: every start picks up edited files, and never
//     overwrites what authors saved in the browser; content/README.md)
//  4. a production build when the sources changed since the last one (the sandbox bundle that
//     grades predictions in worker threads and the authors' editor bundle are rebuilt every
//     start: they take about a second)
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (pkg, file) => join(root, "node_modules", pkg, file);
const port = process.env.PORT ?? "3000";

mkdirSync(join(root, "data"), { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
env.DATABASE_URL ??= "file:./data/interleave.db";
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
if (!env.NEXTAUTH_SECRET) {
  const file = join(root, "data", "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

function run(args, label) {
  console.log(`› ${label}`);
  try {
    execFileSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  } catch {
    // The step printed what went wrong; a stack trace of this script would only bury it.
    console.error(`✗ npm start stopped: ${label} failed (see above).`);
    process.exit(1);
  }
}

run(["scripts/build-sandbox-thread.mjs"], "bundling the sandbox for server-side grading");
run(["scripts/build-markdown-editor.mjs"], "bundling the authors' markdown editor");
run([bin("tsx", "dist/cli.mjs"), "scripts/db/migrate.ts"], "applying database migrations");
run([bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/db/seed.ts"], "importing content and demo accounts");

// A fingerprint of every file the build reads; a changed checkout triggers a rebuild.
function fingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "generated" || name === "cases" || name.startsWith(".")) continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "types"]) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of ["package-lock.json", "next.config.mjs", "tsconfig.json", "postcss.config.mjs"]) {
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex");
}
const stamp = join(root, ".next", "interleave-build-fingerprint");
const current = fingerprint();
if (!existsSync(join(root, ".next", "BUILD_ID")) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== current) {
  run([bin("next", "dist/bin/next"), "build"], "building the app (first start or changed sources)");
  writeFileSync(stamp, current);
}

console.log(`› Interleave on http://localhost:${port}`);
// Next's request handler behind a one-second micro-cache for shared-cacheable pages
// (scripts/serve/micro-cache.mjs); MICRO_CACHE_SECONDS=0 serves everything through Next.
const server = spawn(process.execPath, [join(root, "scripts", "serve", "server.mjs")], { cwd: root, env: { ...env, PORT: port }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
