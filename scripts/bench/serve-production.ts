// Builds the app into its own folder and serves it on a fresh, seeded SQLite database, for
// benchmarks that must measure the real production server.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = (pkg: string, file: string) => join(root, "node_modules", pkg, file);

export type TServer = {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  /** the server process, for reading its CPU time */
  pid: number;
  stop: () => void;
  /** another server process on the same build and database, with some environment changed */
  startAnother: (extra: Record<string, string>) => Promise<Omit<TServer, "startAnother">>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function serveProduction(options: { name: string; databaseUrl?: string }): Promise<TServer> {
  const port = await freePort();
  const env = prepareProduction({ ...options, baseUrl: `http://127.0.0.1:${port}` });
  const served = await startServer(env, port);
  return { ...served, startAnother: async (extra) => startServer({ ...env, ...extra }, await freePort()) };
}

/** Builds into `.next-<name>` (unless `build` is false: a second database on the same build) and
 * migrates and seeds a fresh database: a new SQLite file unless `databaseUrl` names an (empty)
 * PostgreSQL database. Returns the server's environment. */
export function prepareProduction(options: { name: string; databaseUrl?: string; baseUrl?: string; build?: boolean }): NodeJS.ProcessEnv {
  const distDir = `.next-${options.name}`;
  const postgres = options.databaseUrl !== undefined && !options.databaseUrl.startsWith("file:");
  const dbFile = options.databaseUrl?.startsWith("file:") ? options.databaseUrl.slice("file:".length) : join(root, "data", "bench", `${options.name}.db`);
  mkdirSync(join(root, "data", "bench"), { recursive: true });
  if (!postgres) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: options.databaseUrl ?? `file:${dbFile}`,
    NEXTAUTH_URL: options.baseUrl ?? "http://127.0.0.1:3000",
    NEXTAUTH_SECRET: "benchmark-secret-that-is-long-enough",
    SEED_DEMO_HISTORY: "0",
  };
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if (options.build !== false) {
    console.log(`building (${distDir})…`);
    run([bin("next", "dist/bin/next"), "build"]);
  }
  run([bin("tsx", "dist/cli.mjs"), "scripts/db/migrate.ts"]);
  run([bin("tsx", "dist/cli.mjs"), "--conditions=react-server", "scripts/db/seed.ts"]);
  return env;
}

// What `npm start` serves: Next behind the micro-cache (MICRO_CACHE_SECONDS=0 to measure Next alone).
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Omit<TServer, "startAnother">> {
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts", "serve", "server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: "ignore",
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(baseUrl).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) break;
    if (i > 120) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  return { baseUrl, env, pid: child.pid ?? 0, stop: () => child.kill("SIGTERM") };
}
