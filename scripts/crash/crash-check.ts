// The crash check: self-assessments posted by concurrent clients while the server is killed
// with SIGKILL, then the database reopened: every write the server acknowledged (201) must be
// stored, every stored attempt must have the review its transaction wrote with it, and the
// database must pass its own integrity check. Used by the short e2e test and by
// `npm run check:crash` (more rounds, longer load, either database).
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { sqlitePathFromUrl } from "../../lib/db/adapters";
import { readProvider } from "../../lib/db/provider";

const root = join(__dirname, "..", "..");

export type TCrashOptions = {
  /** environment of the production server (NEXT_DIST_DIR, NEXTAUTH_SECRET, …); DATABASE_URL is the database under test */
  env: NodeJS.ProcessEnv;
  rounds: number;
  /** the least time under load before each kill */
  loadMs: number;
  /** and the least number of writes acknowledged in the round before it (default 1): on a slow
   * machine the round runs longer instead of the kill landing before anything was proven */
  minAcknowledgedPerRound?: number;
  /** a round that cannot reach `minAcknowledgedPerRound` in this time fails (default 120 s) */
  roundLimitMs?: number;
  concurrency: number;
  /** loopback source address of the clients, so per-IP limits of other tests are untouched */
  from?: string;
  log?: (line: string) => void;
};

export type TCrashReport = {
  rounds: number;
  acknowledged: number;
  stored: number;
  /** acknowledged but not stored: must be 0 */
  lost: number;
  /** stored attempts without the review written in the same transaction: must be 0 */
  halfWritten: number;
  /** in flight at the kill: answered by nobody, stored or not (either is correct) */
  unanswered: number;
  /** answered with a 4xx/5xx while the server was up (not acknowledged, so never counted as stored) */
  refused: Record<string, number>;
  integrity: string[];
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type TReply = { status: number; body: string; cookies: string[] };

function send(base: string, from: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<TReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: options.method ?? "GET", headers: options.headers, localAddress: from, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

type TServer = { base: string; child: ChildProcess };

async function startServer(env: NodeJS.ProcessEnv): Promise<TServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, "scripts", "serve", "server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: base, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} while starting`);
    const ok = await send(base, "127.0.0.1", "/robots.txt").then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { base, child };
    // A production start takes a few seconds; on a machine busy with other builds, far more.
    if (i > 480) throw new Error("the server did not start within 120 s");
    await new Promise((r) => setTimeout(r, 250));
  }
}

function killHard(server: TServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGKILL");
  });
}

async function signIn(base: string, from: string, email: string, options: { create: boolean }): Promise<string> {
  const password = "crash-check-password";
  if (options.create) {
    const created = await send(base, from, "/api/auth/sign-up", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Crash check", email, password }),
    });
    if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${created.body}`);
  }
  const csrf = await send(base, from, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const res = await send(base, from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = res.cookies.find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${res.body}`);
  return session;
}

type TStore = {
  /** published questions of the python bank, so concurrent clients answer different cards */
  questionIds: (count: number) => Promise<string[]>;
  userId: (email: string) => Promise<string>;
  storedKeys: (userId: string) => Promise<Set<string>>;
  halfWritten: (userId: string) => Promise<number>;
  integrity: () => Promise<string[]>;
  close: () => Promise<void>;
};

// A fresh connection after each kill: opening the SQLite file is what replays its write-ahead log.
async function openStore(url: string): Promise<TStore> {
  if (readProvider(url) === "sqlite") {
    const db = new Database(sqlitePathFromUrl(url));
    db.pragma("busy_timeout = 10000");
    return {
      questionIds: async (count) =>
        (
          db
            .prepare(`SELECT q.id FROM "Question" q JOIN "Bank" b ON b.id = q."bankId" WHERE b.slug = 'python' AND q.status = 'published' ORDER BY q.number LIMIT ?`)
            .all(count) as { id: string }[]
        ).map((r) => r.id),
      userId: async (email) => (db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string }).id,
      storedKeys: async (userId) => new Set((db.prepare(`SELECT "idempotencyKey" AS k FROM "Attempt" WHERE "userId" = ?`).all(userId) as { k: string }[]).map((r) => r.k)),
      halfWritten: async (userId) =>
        (db.prepare(`SELECT count(*) AS n FROM "Attempt" a LEFT JOIN "ReviewLog" r ON r."attemptId" = a.id WHERE a."userId" = ? AND r.id IS NULL`).get(userId) as { n: number }).n,
      integrity: async () => {
        const problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== "ok");
        const foreign = db.pragma("foreign_key_check") as unknown[];
        return [...problems, ...foreign.map((r) => `foreign key: ${JSON.stringify(r)}`)];
      },
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    questionIds: async (count) =>
      (
        await client.query(`SELECT q.id FROM "Question" q JOIN "Bank" b ON b.id = q."bankId" WHERE b.slug = 'python' AND q.status = 'published' ORDER BY q.number LIMIT $1`, [
          count,
        ])
      ).rows.map((r: { id: string }) => r.id),
    userId: async (email) => (await client.query(`SELECT id FROM "User" WHERE email = $1`, [email])).rows[0].id,
    storedKeys: async (userId) => new Set((await client.query(`SELECT "idempotencyKey" AS k FROM "Attempt" WHERE "userId" = $1`, [userId])).rows.map((r: { k: string }) => r.k)),
    halfWritten: async (userId) =>
      Number(
        (await client.query(`SELECT count(*) AS n FROM "Attempt" a LEFT JOIN "ReviewLog" r ON r."attemptId" = a.id WHERE a."userId" = $1 AND r.id IS NULL`, [userId])).rows[0].n,
      ),
    integrity: async () => {
      // amcheck verifies every B-tree index against its table; PostgreSQL ships it as an extension.
      await client.query("CREATE EXTENSION IF NOT EXISTS amcheck");
      const indexes = await client.query(
        `SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam WHERE n.nspname = 'public' AND a.amname = 'btree'`,
      );
      const problems: string[] = [];
      for (const row of indexes.rows as { oid: number; relname: string }[]) {
        await client.query("SELECT bt_index_check($1::regclass, true)", [row.oid]).catch((error: Error) => problems.push(`${row.relname}: ${error.message}`));
      }
      return problems;
    },
    close: () => client.end(),
  };
}

export async function runCrashCheck(options: TCrashOptions): Promise<TCrashReport> {
  const from = options.from ?? "127.0.0.91";
  const log = options.log ?? (() => undefined);
  const url = options.env.DATABASE_URL!;
  const email = `crash-${Date.now().toString(36)}@example.com`;
  const acknowledged = new Set<string>();
  let unanswered = 0;
  const refused: Record<string, number> = {};
  let store = await openStore(url);
  const questionIds = await store.questionIds(options.concurrency);
  await store.close();

  for (let round = 1; round <= options.rounds; round++) {
    const server = await startServer(options.env);
    try {
      const cookie = await signIn(server.base, from, email, { create: round === 1 });
      let killed = false;
      let acknowledgedInRound = 0;
      const started = Date.now();
      // Each client answers its own question, as learners do; they share one account.
      const client = async (index: number) => {
        const questionId = questionIds[index % questionIds.length];
        while (!killed) {
          const key = crypto.randomUUID();
          try {
            const res = await send(server.base, from, "/api/attempts", {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify({ kind: "self_assess", questionId, rating: Math.random() < 0.5 ? "knew" : "review", idempotencyKey: key }),
            });
            if (res.status === 201) {
              acknowledged.add(key);
              acknowledgedInRound++;
            } else if (!killed) refused[res.status] = (refused[res.status] ?? 0) + 1;
          } catch (error) {
            if (!killed) throw error;
            unanswered++;
          }
        }
      };
      // Settled at once, so a client that fails early is reported after the kill, not thrown
      // while the others are still running.
      const clients = Promise.allSettled(Array.from({ length: options.concurrency }, (_, i) => client(i)));
      // The kill lands while every client has a request in flight, once the load has run its
      // time and the server has acknowledged enough writes for the round to prove something.
      const enough = options.minAcknowledgedPerRound ?? 1;
      const limit = options.roundLimitMs ?? 120_000;
      while (Date.now() - started < options.loadMs || (acknowledgedInRound < enough && Date.now() - started < limit)) await new Promise((r) => setTimeout(r, 20));
      killed = true;
      await killHard(server);
      const failed = (await clients).find((c) => c.status === "rejected");
      if (failed) throw (failed as PromiseRejectedResult).reason;
      if (acknowledgedInRound < enough)
        throw new Error(`round ${round}: only ${acknowledgedInRound} writes acknowledged in ${Math.round(limit / 1000)} s (wanted ${enough} before the kill)`);
      log(`round ${round}: killed with ${acknowledged.size} acknowledged so far`);
    } finally {
      await killHard(server);
    }
  }

  store = await openStore(url);
  try {
    const userId = await store.userId(email);
    const stored = await store.storedKeys(userId);
    const lost = [...acknowledged].filter((k) => !stored.has(k)).length;
    const report: TCrashReport = {
      rounds: options.rounds,
      acknowledged: acknowledged.size,
      stored: stored.size,
      lost,
      halfWritten: await store.halfWritten(userId),
      unanswered,
      refused,
      integrity: await store.integrity(),
    };
    // The restarted server works on the recovered database.
    const server = await startServer(options.env);
    try {
      const cookie = await signIn(server.base, from, email, { create: false });
      const res = await send(server.base, from, "/api/attempts", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ kind: "self_assess", questionId: questionIds[0], rating: "knew", idempotencyKey: crypto.randomUUID() }),
      });
      if (res.status !== 201) report.integrity.push(`after restart an attempt got ${res.status}`);
    } finally {
      await killHard(server);
    }
    return report;
  } finally {
    await store.close();
  }
}
