// `npm run bench:load -- [--learners 200] [--seconds 60] [--think-ms 1000] [--ramp-seconds 10]
// [--saturate-seconds 8] [--database both|sqlite|postgresql] [--reuse-build] [--build-name
// bench-load]`: simulated learners against the production server `npm start` runs, on SQLite and
// on PostgreSQL (TEST_POSTGRES_URL, or the local server .ci/start-postgres.sh starts). Each
// learner signs in, then loops: the home and bank pages, a question page with its progress and a
// self-assessment, a 5-item quiz answered to the end, a review of up to 5 items, and the progress
// page, pausing `think-ms` (±50%) between steps.
// Prints throughput, p50/p99 per route, errors, how new connections fared, and acknowledged vs
// stored writes (every answer a learner got a 200/201 for must be a stored attempt, and nothing
// else). Then autocannon (its own process, 50 connections, `--saturate-seconds` each) drives the
// busiest reads of a signed-in learner flat out, to show each route's ceiling on this machine.
// Both databases' figures end side by side. Asserts nothing.
//
// Sign-in limits (30 per client address in 15 minutes) are left as they are: each learner speaks
// from its own loopback address (127.77.x.y), so the server counts 200 clients as it would count
// 200 learners' machines, and every learner signs in inside the measured minute (arrivals spread
// over `ramp-seconds`). Accounts are written to the database before the clock starts, all with
// one password hash: sign-up is not part of a learner's session.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createClient, type TDb } from "@/lib/db/create-client";
import { respondToView, type TItemView } from "../lib/respond-to-view";
import { withPostgresDatabase } from "../lib/throwaway-postgres";
import { signIn } from "../fuzz/http";
import { LearnerClient, type TSample } from "./load-client";
import { freePort, prepareProduction, startServer } from "./serve-production";

const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    "think-ms": { type: "string", default: "1000" },
    "ramp-seconds": { type: "string", default: "10" },
    database: { type: "string", default: "both" },
    "saturate-seconds": { type: "string", default: "8" },
    "reuse-build": { type: "boolean", default: false },
    "build-name": { type: "string", default: "bench-load" },
  },
});
const LEARNERS = Number(values.learners);
const SECONDS = Number(values.seconds);
const THINK_MS = Number(values["think-ms"]);
const RAMP_S = Number(values["ramp-seconds"]);
const SATURATE_S = Number(values["saturate-seconds"]);
const PASSWORD = "load-test-password";
const BUILD = values["build-name"] ?? "bench-load";

type TQuestion = { id: string; number: number };
type TRun = {
  samples: TSample[];
  /** idempotency keys of answers the server acknowledged (200/201) */
  acknowledged: Set<string>;
  /** answers sent that got no answer (timeout, reset): stored or not, either is correct */
  unanswered: Set<string>;
  quizzesAcknowledged: number;
  signedIn: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MS * (0.5 + Math.random()));
const addressOf = (i: number) => `127.77.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const emailOf = (i: number) => `load-${i}@example.com`;
const json = <T>(text: string): T | null => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
};

async function createLearners(db: TDb): Promise<void> {
  // One hash for every account: hashing is sign-up's cost, not a learner's session's.
  const { hashPassword } = await import("@/lib/server/auth/password");
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({ data: Array.from({ length: LEARNERS }, (_, i) => ({ email: emailOf(i), name: `Load ${i}`, passwordHash, role: "learner" as const })) });
}

/** An answer sent with an idempotency key: acknowledged, refused, or unanswered. */
async function sendAnswer(run: TRun, key: string, send: () => Promise<{ status: number }>): Promise<void> {
  const res = await send();
  if (res.status === 200 || res.status === 201) run.acknowledged.add(key);
  else if (res.status === 0) run.unanswered.add(key);
}

async function learner(i: number, base: URL, questions: TQuestion[], deadline: number, run: TRun, epoch: number): Promise<void> {
  await sleep((RAMP_S * 1000 * i) / LEARNERS);
  const c = new LearnerClient(base, addressOf(i), (s) => run.samples.push(s), epoch);
  const live = () => Date.now() < deadline;
  const summary = () => c.get("GET /api/review/summary", "/api/review/summary");
  try {
    const csrf = json<{ csrfToken: string }>((await c.get("GET /api/auth/csrf", "/api/auth/csrf")).text);
    if (!csrf) return;
    await c.postForm("POST /api/auth/callback/credentials", "/api/auth/callback/credentials", { csrfToken: csrf.csrfToken, email: emailOf(i), password: PASSWORD, json: "true" });
    if (!c.hasCookie("next-auth.session-token")) return;
    run.signedIn++;
    while (live()) {
      await c.get("GET /", "/");
      await summary();
      await think();
      if (!live()) break;
      await c.get("GET /[bank]", "/python");
      await think();
      if (!live()) break;

      const q = questions[Math.floor(Math.random() * questions.length)] as TQuestion;
      await c.get("GET /[bank]/[number]", `/python/${q.number}`);
      await c.get("GET /api/me/questions/:id", `/api/me/questions/${q.id}`);
      await summary();
      await think();
      if (!live()) break;
      const selfKey = crypto.randomUUID();
      await sendAnswer(run, selfKey, () =>
        c.postJson("POST /api/attempts", "/api/attempts", {
          kind: "self_assess",
          questionId: q.id,
          rating: Math.random() < 0.7 ? "knew" : "review",
          idempotencyKey: selfKey,
          durationMs: 20_000,
        }),
      );
      await think();
      if (!live()) break;

      const started = await c.postJson("POST /api/quizzes", "/api/quizzes", { bank: "python", count: 5 });
      const quiz = json<{ data: { id: string } }>(started.text)?.data;
      if (started.status === 201 && quiz) {
        run.quizzesAcknowledged++;
        await c.get("GET /quiz/[id]", `/quiz/${quiz.id}`);
        const view = json<{ data: { items: (TItemView & { position: number; answered: boolean })[] } }>(
          (await c.get("GET /api/quizzes/:id", `/api/quizzes/${quiz.id}`)).text,
        )?.data;
        for (const item of view?.items ?? []) {
          if (item.answered) continue;
          await think();
          if (!live()) break;
          const key = crypto.randomUUID();
          await sendAnswer(run, key, () =>
            c.postJson("POST /api/quizzes/:id/answers", `/api/quizzes/${quiz.id}/answers`, {
              position: item.position,
              response: respondToView(item),
              idempotencyKey: key,
              durationMs: 8_000,
            }),
          );
        }
        if (!live()) break;
        await c.postJson("POST /api/quizzes/:id/finish", `/api/quizzes/${quiz.id}/finish`, {});
        await c.get("GET /quiz/[id]", `/quiz/${quiz.id}`);
        await summary();
      }
      await think();
      if (!live()) break;

      await c.get("GET /review", "/review");
      const queue = json<{ data: { entries: (TItemView & { ref: string })[] } }>((await c.get("GET /api/review", "/api/review")).text)?.data;
      for (const entry of (queue?.entries ?? []).slice(0, 5)) {
        await think();
        if (!live()) break;
        const key = crypto.randomUUID();
        await sendAnswer(run, key, () =>
          c.postJson("POST /api/review/answers", "/api/review/answers", { ref: entry.ref, response: respondToView(entry), idempotencyKey: key, durationMs: 6_000 }),
        );
      }
      await think();
      if (!live()) break;
      await c.get("GET /progress", "/progress");
      await summary();
      await think();
    }
  } finally {
    c.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;
}

/** The kernel's count of connections dropped because a listening socket's queue was full. */
function listenDrops(): { overflows: number; drops: number } {
  const lines = readFileSync("/proc/net/netstat", "utf8")
    .split("\n")
    .filter((l) => l.startsWith("TcpExt:"));
  const names = (lines[0] ?? "").split(/\s+/);
  const numbers = (lines[1] ?? "").split(/\s+/);
  const get = (name: string) => Number(numbers[names.indexOf(name)] ?? 0);
  return { overflows: get("ListenOverflows"), drops: get("ListenDrops") };
}

function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function storedAnswers(db: TDb): Promise<{ keys: Set<string>; quizzes: number }> {
  const users = await db.user.findMany({ where: { email: { startsWith: "load-" } }, select: { id: true } });
  const userId = { in: users.map((u) => u.id) };
  const rows = await db.attempt.findMany({ where: { userId }, select: { idempotencyKey: true } });
  return { keys: new Set(rows.map((r) => r.idempotencyKey ?? "")), quizzes: await db.quizSession.count({ where: { userId } }) };
}

type TSaturation = { route: string; rps: number; p50: number; p99: number; failed: number };
type TFigures = {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  acknowledged: number;
  stored: number;
  equal: boolean;
  serverCpuShare: number;
  saturation: TSaturation[];
};

type TAutocannonJson = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number; timeouts: number };

// autocannon runs as its own process, as in bench:pages, so the load generator does not share
// this script's event loop.
function saturate(base: string, route: string, path: string, cookie: string): TSaturation {
  const cli = join(process.cwd(), "node_modules", "autocannon", "autocannon.js");
  const out = execFileSync(process.execPath, [cli, "-c", "50", "-d", String(SATURATE_S), "-j", "-H", `cookie=${cookie}`, `${base}${path}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const r = JSON.parse(out) as TAutocannonJson;
  return { route, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors + r.timeouts };
}

async function runOn(label: string, databaseUrl: string | undefined, build: boolean): Promise<TFigures> {
  const port = await freePort();
  const env = prepareProduction({ name: BUILD, databaseUrl, baseUrl: `http://127.0.0.1:${port}`, build });
  const db = createClient(env.DATABASE_URL!);
  try {
    await createLearners(db);
    const questions = await db.question.findMany({ where: { bank: { slug: "python" }, status: "published" }, select: { id: true, number: true } });
    const server = await startServer(env, port);
    const base = new URL(server.baseUrl);
    // Warm-up, as after any deploy: the first render of each page compiles and caches.
    for (const path of ["/", "/python", "/python/60", "/sign-in", "/api/auth/csrf"]) await fetch(new URL(path, base)).then((r) => r.text());

    const run: TRun = { samples: [], acknowledged: new Set(), unanswered: new Set(), quizzesAcknowledged: 0, signedIn: 0 };
    const before = listenDrops();
    const cpu0 = processCpuMs(server.pid);
    // The 200 learners share this process: its own event-loop delay is part of every time measured.
    const lag = monitorEventLoopDelay({ resolution: 20 });
    lag.enable();
    const epoch = performance.now();
    const deadline = Date.now() + SECONDS * 1000;
    console.log(`\n${label}: ${LEARNERS} learners for ${SECONDS} s, think ${THINK_MS} ms ±50%, arriving over ${RAMP_S} s`);
    await Promise.all(Array.from({ length: LEARNERS }, (_, i) => learner(i, base, questions, deadline, run, epoch)));
    const wall = (performance.now() - epoch) / 1000;
    lag.disable();
    console.log(
      `load generator's event-loop delay: p50 ${(lag.percentile(50) / 1e6).toFixed(0)} ms, p99 ${(lag.percentile(99) / 1e6).toFixed(0)} ms, max ${(lag.max / 1e6).toFixed(0)} ms`,
    );
    const serverCpuS = (processCpuMs(server.pid) - cpu0) / 1000;
    const after = listenDrops();
    const stored = await storedAnswers(db);
    const figures = report(label, run, wall, serverCpuS, { overflows: after.overflows - before.overflows, drops: after.drops - before.drops }, stored);

    console.log(`\n${label}: autocannon, 50 connections, ${SATURATE_S} s per route, as one signed-in learner`);
    const cookie = await signIn(server.baseUrl, "127.78.0.1", emailOf(0), PASSWORD);
    const q = questions.find((x) => x.number === 60) ?? (questions[0] as TQuestion);
    for (const [route, path] of [
      ["GET /[bank]/[number]", `/python/${q.number}`],
      ["GET /api/review/summary", "/api/review/summary"],
      ["GET /api/me/questions/:id", `/api/me/questions/${q.id}`],
      ["GET /progress", "/progress"],
    ] as const) {
      const r = saturate(server.baseUrl, route, path, cookie);
      figures.saturation.push(r);
      console.log(`${route.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(5)} ms  p99 ${String(r.p99).padStart(5)} ms  failed ${r.failed}`);
    }
    server.stop();
    return figures;
  } finally {
    await db.$disconnect();
  }
}

function report(
  label: string,
  run: TRun,
  wall: number,
  serverCpuS: number,
  listen: { overflows: number; drops: number },
  stored: { keys: Set<string>; quizzes: number },
): TFigures {
  const byRoute = new Map<string, TSample[]>();
  for (const s of run.samples) {
    const list = byRoute.get(s.route) ?? [];
    list.push(s);
    byRoute.set(s.route, list);
  }
  const ok = (s: TSample) => s.status >= 200 && s.status < 400;
  console.log(`\n${"route".padEnd(38)} ${"requests".padStart(8)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)}  errors`);
  for (const [route, samples] of [...byRoute].sort((a, b) => b[1].length - a[1].length)) {
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = new Map<string, number>();
    for (const s of samples.filter((x) => !ok(x))) errors.set(s.error ?? String(s.status), (errors.get(s.error ?? String(s.status)) ?? 0) + 1);
    const errorText = errors.size ? [...errors].map(([what, n]) => `${n}× ${what}`).join(", ") : "0";
    console.log(
      `${route.padEnd(38)} ${String(samples.length).padStart(8)} ${(samples.length / wall).toFixed(1).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(7)} ${percentile(sorted, 99).toFixed(0).padStart(7)} ${(sorted.at(-1) ?? 0).toFixed(0).padStart(7)}  ${errorText}`,
    );
  }
  const all = run.samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = run.samples.filter((s) => !ok(s)).length;
  console.log(
    `${"all".padEnd(38)} ${String(all.length).padStart(8)} ${(all.length / wall).toFixed(1).padStart(7)} ${percentile(all, 50).toFixed(0).padStart(7)} ${percentile(all, 99).toFixed(0).padStart(7)} ${(all.at(-1) ?? 0).toFixed(0).padStart(7)}  ${failed}`,
  );

  const fresh = run.samples.filter((s) => s.fresh);
  const reused = run.samples
    .filter((s) => !s.fresh)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const connect = fresh
    .map((s) => s.connectMs ?? Number.NaN)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const freshMs = fresh.map((s) => s.ms).sort((a, b) => a - b);
  console.log(
    `\nnew connections: ${fresh.length}; TCP connect p50 ${percentile(connect, 50).toFixed(1)} ms, p99 ${percentile(connect, 99).toFixed(1)} ms, max ${(connect.at(-1) ?? 0).toFixed(0)} ms; listen queue overflows ${listen.overflows}, drops ${listen.drops}`,
  );
  console.log(
    `requests on a new connection: p50 ${percentile(freshMs, 50).toFixed(0)} ms, p99 ${percentile(freshMs, 99).toFixed(0)} ms · on a reused one: p50 ${percentile(reused, 50).toFixed(0)} ms, p99 ${percentile(reused, 99).toFixed(0)} ms`,
  );
  console.log(
    `signed in: ${run.signedIn} of ${LEARNERS} · ${(all.length / wall).toFixed(1)} requests/s over ${wall.toFixed(1)} s · server CPU ${serverCpuS.toFixed(1)} s (${((100 * serverCpuS) / wall).toFixed(0)}% of one core; ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)})`,
  );

  const lost = [...run.acknowledged].filter((k) => !stored.keys.has(k));
  const extra = [...stored.keys].filter((k) => !run.acknowledged.has(k));
  const extraInFlight = extra.filter((k) => run.unanswered.has(k)).length;
  console.log(
    `answers acknowledged ${run.acknowledged.size}, stored ${stored.keys.size}: ${lost.length === 0 && extra.length === 0 ? "equal" : `NOT EQUAL (${lost.length} acknowledged but not stored, ${extra.length} stored unacknowledged, ${extraInFlight} of them unanswered at the client)`}`,
  );
  console.log(`quizzes acknowledged ${run.quizzesAcknowledged}, stored ${stored.quizzes}: ${run.quizzesAcknowledged === stored.quizzes ? "equal" : "NOT EQUAL"}`);
  return {
    label,
    requests: all.length,
    rps: all.length / wall,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    failed,
    acknowledged: run.acknowledged.size,
    stored: stored.keys.size,
    equal: lost.length === 0 && extra.length === 0 && run.quizzesAcknowledged === stored.quizzes,
    serverCpuShare: serverCpuS / wall,
    saturation: [],
  };
}

function printSideBySide(runs: TFigures[]): void {
  if (runs.length === 0) return;
  const cell = (text: string) => text.padStart(16);
  console.log(`\n${"side by side".padEnd(34)}${runs.map((r) => cell(r.label)).join("")}`);
  const row = (name: string, f: (r: TFigures) => string) => console.log(`${name.padEnd(34)}${runs.map((r) => cell(f(r))).join("")}`);
  row(`learners: requests/s`, (r) => r.rps.toFixed(1));
  row(`learners: p50 / p99 ms`, (r) => `${r.p50.toFixed(0)} / ${r.p99.toFixed(0)}`);
  row(`learners: failed requests`, (r) => String(r.failed));
  row(`learners: server CPU (cores)`, (r) => r.serverCpuShare.toFixed(2));
  row(`answers acknowledged / stored`, (r) => `${r.acknowledged} / ${r.stored}${r.equal ? "" : " !"}`);
  for (const [i, s] of (runs[0]?.saturation ?? []).entries()) {
    row(`${s.route} req/s`, (r) => (r.saturation[i] ? r.saturation[i].rps.toFixed(0) : "-"));
    row(`  p50 / p99 ms, failed`, (r) => (r.saturation[i] ? `${r.saturation[i].p50} / ${r.saturation[i].p99}, ${r.saturation[i].failed}` : "-"));
  }
}

async function main() {
  const which = values.database;
  if (!["both", "sqlite", "postgresql"].includes(which ?? "")) throw new Error("--database is both, sqlite or postgresql");
  const runs: TFigures[] = [];
  const reuse = values["reuse-build"] && existsSync(`.next-${BUILD}`);
  if (which !== "postgresql") runs.push(await runOn("SQLite", undefined, !reuse));
  if (which !== "sqlite") runs.push(await withPostgresDatabase("load", (url) => runOn("PostgreSQL", url, runs.length === 0 && !reuse)));
  printSideBySide(runs);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
