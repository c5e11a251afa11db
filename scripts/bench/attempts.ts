// `npm run bench:attempts`: self-assessment attempts through the real HTTP endpoint
// (POST /api/attempts, 50 concurrent clients) against the data layer's own insert rate (50
// concurrent calls) in the same run, then checks acknowledged = stored. The two alternate in
// 5-second rounds so a busy machine weighs on both alike; besides the rates it prints the CPU
// time each path spends per attempt (the server process for HTTP, this process for the data
// layer), which other load on the machine disturbs far less. Prints figures; asserts nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@/lib/db/create-client";
import { serveProduction } from "./serve-production";

const ROUNDS = 2;
const ROUND_S = 5;
const CONNECTIONS = 50;

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return [...cookies, session].join("; ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** User + system CPU time of a process, in ms (Linux /proc; clock ticks are 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

type TTotals = { ok: number; failed: number; seconds: number; cpuMs: number; latencies: number[]; reasons: Map<string, number> };

/** A task returns null on success, or why it failed (an HTTP status, an error code). */
async function runRound(task: () => Promise<string | null>, totals: TTotals, cpuMs: () => number): Promise<void> {
  const cpu0 = cpuMs();
  const started = performance.now();
  const deadline = Date.now() + ROUND_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        const failure = await task().catch((error: unknown) => String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message));
        totals.latencies.push(performance.now() - t0);
        if (failure === null) totals.ok++;
        else {
          totals.failed++;
          totals.reasons.set(failure, (totals.reasons.get(failure) ?? 0) + 1);
        }
      }
    }),
  );
  totals.seconds += (performance.now() - started) / 1000;
  totals.cpuMs += cpuMs() - cpu0;
}

async function main() {
  // The data layer reads DATABASE_URL when first imported, so it is set before that import.
  process.env.DATABASE_URL = `file:${join(process.cwd(), "data", "bench", "bench-attempts.db")}`;
  const server = await serveProduction({ name: "bench-attempts", databaseUrl: process.env.DATABASE_URL });
  const { createSelfAssessment } = await import("@/lib/server/data/attempts/create-attempt");
  const { createUser } = await import("@/lib/server/data/users/create-user");
  const db = createClient(server.env.DATABASE_URL!);
  try {
    const q60 = await db.question.findFirstOrThrow({ where: { bank: { slug: "python" }, number: 60 }, select: { id: true } });
    const httpUser = await createUser({ name: "Bench HTTP", email: "bench-http@example.com", password: "bench-password-1" });
    const directUser = await createUser({ name: "Bench direct", email: "bench-direct@example.com", password: "bench-password-1" });
    const cookie = await signIn(server.baseUrl, httpUser.email, "bench-password-1");

    // A small client rather than autocannon: it awaits every response, so "acknowledged" counts
    // exactly the attempts the server confirmed, including the last ones in flight.
    // Between HTTP rounds the pooled connections sit idle past the server's keep-alive timeout,
    // and a request sent as the server closes one fails with a socket error. A careful client
    // retries such a request with the same idempotency key: a replay (200) acknowledges the same
    // single attempt.
    const postAttempt = async () => {
      const body = JSON.stringify({ kind: "self_assess", questionId: q60.id, rating: "knew", idempotencyKey: crypto.randomUUID() });
      const send = () => fetch(`${server.baseUrl}/api/attempts`, { method: "POST", headers: { "content-type": "application/json", cookie }, body });
      const res = await send().catch(send);
      const text = await res.text();
      return res.status === 201 || res.status === 200 ? null : `${res.status} ${text.slice(0, 120)}`;
    };
    // The data layer alone, through the same database, with the same concurrency.
    const insertDirectly = async () => {
      await createSelfAssessment({
        actor: { id: directUser.id, role: "learner" },
        input: { kind: "self_assess", questionId: q60.id, rating: "knew", idempotencyKey: crypto.randomUUID() },
      });
      return null;
    };
    const http: TTotals = { ok: 0, failed: 0, seconds: 0, cpuMs: 0, latencies: [], reasons: new Map() };
    const direct: TTotals = { ok: 0, failed: 0, seconds: 0, cpuMs: 0, latencies: [], reasons: new Map() };
    const ownCpuMs = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    for (let round = 0; round < ROUNDS; round++) {
      await runRound(postAttempt, http, () => processCpuMs(server.pid));
      await runRound(insertDirectly, direct, ownCpuMs);
    }
    const stored = await db.attempt.count({ where: { userId: httpUser.id } });
    const storedDirect = await db.attempt.count({ where: { userId: directUser.id } });

    const rate = (t: TTotals) => t.ok / t.seconds;
    const cpuPer = (t: TTotals) => t.cpuMs / Math.max(1, t.ok);
    const row = (name: string, t: TTotals, storedRows: number) => {
      const sorted = [...t.latencies].sort((a, b) => a - b);
      return `${name.padEnd(24)} ${rate(t).toFixed(0).padStart(11)} ${percentile(sorted, 99).toFixed(0).padStart(8)} ${cpuPer(t).toFixed(2).padStart(13)} ${String(t.ok).padStart(13)} ${String(storedRows).padStart(8)} ${String(t.failed).padStart(7)}`;
    };
    console.log(
      `\n${"path".padEnd(24)} ${"attempts/s".padStart(11)} ${"p99 ms".padStart(8)} ${"CPU ms/each".padStart(13)} ${"acknowledged".padStart(13)} ${"stored".padStart(8)} ${"failed".padStart(7)}`,
    );
    console.log(row("HTTP POST /api/attempts", http, stored));
    console.log(row("data layer direct", direct, storedDirect));
    console.log(`\nratio HTTP/direct: ${(rate(http) / rate(direct)).toFixed(2)}  (target ≥ 0.25) · by CPU per attempt: ${(cpuPer(direct) / cpuPer(http)).toFixed(2)}`);
    console.log(http.ok === stored && direct.ok === storedDirect ? "acknowledged = stored: yes, exactly" : "acknowledged = stored: NO");
    for (const [name, t] of [
      ["HTTP", http],
      ["data layer", direct],
    ] as const)
      for (const [reason, count] of t.reasons) console.log(`${name} failure ×${count}: ${reason}`);
  } finally {
    await db.$disconnect();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
