// `npm run fuzz -- [--requests 10000] [--seed n] [--database sqlite|postgresql|both] [--reuse-build]
// [--build-name fuzz]`: builds the app (into .next-<build-name>; --reuse-build keeps an earlier
// build of that name, another script's included), serves it as `npm start`
// does on a fresh database per run, and sends `requests` fast-check-built broken requests
// (scripts/fuzz/fuzz.ts). Prints the statuses, every 5xx or unanswered request, and every refused
// request that changed a row; exits 1 if there is any.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClient } from "@/lib/db/create-client";
import { freePort, prepareProduction, startServer } from "../bench/serve-production";
import { withPostgresDatabase } from "../lib/throwaway-postgres";
import { openFingerprint } from "./db-fingerprint";
import { runFuzz, type TFuzzReport } from "./fuzz";
import { createFuzzContext } from "./fuzz-context";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "10000" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    database: { type: "string", default: "both" },
    "reuse-build": { type: "boolean", default: false },
    "build-name": { type: "string", default: "fuzz" },
  },
});

async function fuzzOn(label: string, databaseUrl: string | undefined, build: boolean): Promise<[string, TFuzzReport]> {
  const port = await freePort();
  const env = prepareProduction({ name: values["build-name"] ?? "fuzz", databaseUrl, baseUrl: `http://127.0.0.1:${port}`, build });
  const server = await startServer(env, port);
  const db = createClient(env.DATABASE_URL!);
  const fingerprint = await openFingerprint(env.DATABASE_URL!);
  try {
    const { hashPassword } = await import("@/lib/server/auth/password");
    const ctx = await createFuzzContext({
      base: server.baseUrl,
      db,
      runId: Date.now().toString(36),
      hashPassword,
      addresses: (i) => `127.79.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`,
    });
    console.log(`\n${label}: ${values.requests} requests, seed ${values.seed}`);
    const report = await runFuzz({ ctx, fingerprint, requests: Number(values.requests), seed: Number(values.seed), log: (line) => console.log(`  ${line}`) });
    return [label, report];
  } finally {
    server.stop();
    await fingerprint.close();
    await db.$disconnect();
  }
}

async function main() {
  const which = values.database ?? "both";
  if (!["both", "sqlite", "postgresql"].includes(which)) throw new Error("--database is both, sqlite or postgresql");
  let build = !(values["reuse-build"] && existsSync(`.next-${values["build-name"]}`));
  const reports: [string, TFuzzReport][] = [];
  if (which !== "postgresql") {
    reports.push(await fuzzOn("SQLite", undefined, build));
    build = false;
  }
  if (which !== "sqlite") reports.push(await withPostgresDatabase("fuzz", (url) => fuzzOn("PostgreSQL", url, build)));

  console.log(
    `\n${"database".padEnd(11)} ${"requests".padStart(9)} ${"req/s".padStart(6)} ${"2xx".padStart(6)} ${"4xx".padStart(6)} ${"≥ 500".padStart(6)} ${"refused, rows changed".padStart(22)}  statuses`,
  );
  let bad = 0;
  for (const [label, r] of reports) {
    const count = (lo: number, hi: number) => [...r.byStatus].filter(([s]) => s >= lo && s < hi).reduce((n, [, c]) => n + c, 0);
    const statuses = [...r.byStatus]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(" ");
    console.log(
      `${label.padEnd(11)} ${String(r.sent).padStart(9)} ${(r.sent / (r.ms / 1000)).toFixed(0).padStart(6)} ${String(count(200, 300)).padStart(6)} ${String(count(400, 500)).padStart(6)} ${String(r.serverErrors.length).padStart(6)} ${String(r.rejectedWrites.length).padStart(22)}  ${statuses}`,
    );
    for (const f of [...r.serverErrors, ...r.rejectedWrites]) console.log(`  ${f.status} ${f.route} as ${f.actor}, ${f.broken}: ${f.detail}`);
    bad += r.serverErrors.length + r.rejectedWrites.length;
  }
  process.exit(bad ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
