// `npm run bench:attempts`: self-assessment attempts through the real HTTP endpoint
// (POST /api/attempts, 50 concurrent clients, 10 s) against the data layer's own insert rate (50
// concurrent calls, 10 s) in the same run, then checks acknowledged = stored. Prints figures.
import { join } from "node:path";
import { createClient } from "@/lib/db/create-client";
import { serveProduction } from "./serve-production";

const DURATION_S = 10;
const CONNECTIONS = 50;

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return [...cookies, session].join("; ");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type TRun = { ok: number; failed: number; rate: number; p99: number };

async function runConcurrently(task: () => Promise<boolean>): Promise<TRun> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = Date.now() + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        const success = await task().catch(() => false);
        latencies.push(performance.now() - t0);
        if (success) ok++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ok, failed, rate: ok / seconds, p99: percentile(latencies, 99) };
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
    const http = await runConcurrently(async () => {
      const res = await fetch(`${server.baseUrl}/api/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ kind: "self_assess", questionId: q60.id, rating: "knew", idempotencyKey: crypto.randomUUID() }),
      });
      await res.arrayBuffer();
      return res.status === 201;
    });
    const acknowledged = http.ok;

    // The data layer alone, through the same database, with the same concurrency.
    const direct = await runConcurrently(async () => {
      await createSelfAssessment({ actor: { id: directUser.id, role: "learner" }, input: { kind: "self_assess", questionId: q60.id, rating: "knew", idempotencyKey: crypto.randomUUID() } });
      return true;
    });
    const stored = await db.attempt.count({ where: { userId: httpUser.id } });
    const storedDirect = await db.attempt.count({ where: { userId: directUser.id } });

    console.log(`\n${"path".padEnd(22)} ${"attempts/s".padStart(11)} ${"p99 ms".padStart(8)} ${"acknowledged".padStart(13)} ${"stored".padStart(8)}`);
    const row = (name: string, r: TRun, storedRows: number) =>
      `${name.padEnd(24)} ${r.rate.toFixed(0).padStart(11)} ${r.p99.toFixed(0).padStart(8)} ${String(r.ok).padStart(13)} ${String(storedRows).padStart(8)} ${String(r.failed).padStart(7)}`;
    console.log(`\n${"path".padEnd(24)} ${"attempts/s".padStart(11)} ${"p99 ms".padStart(8)} ${"acknowledged".padStart(13)} ${"stored".padStart(8)} ${"failed".padStart(7)}`);
    console.log(row("HTTP POST /api/attempts", http, stored));
    console.log(row("data layer direct", direct, storedDirect));
    console.log(`\nratio HTTP/direct: ${(http.rate / direct.rate).toFixed(2)}  (target ≥ 0.25)`);
    console.log(acknowledged === stored && direct.ok === storedDirect ? "acknowledged = stored: yes, exactly" : "acknowledged = stored: NO");
  } finally {
    await db.$disconnect();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
