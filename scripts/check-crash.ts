// `npm run check:crash -- [--rounds 10] [--seconds 5] [--clients 50] [--postgresql]`: the long
// crash check. Builds the app, seeds a fresh database (SQLite, or a throwaway PostgreSQL database
// with --postgresql: TEST_POSTGRES_URL or the local server .ci/start-postgres.sh starts), then
// kills the server with SIGKILL under load `rounds` times (scripts/crash/crash-check.ts) and
// prints acknowledged vs stored, half-written transactions and the integrity check.
import { parseArgs } from "node:util";
import { prepareProduction } from "./bench/serve-production";
import { runCrashCheck, type TCrashReport } from "./crash/crash-check";
import { withPostgresDatabase } from "./lib/throwaway-postgres";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    seconds: { type: "string", default: "5" },
    clients: { type: "string", default: "50" },
    postgresql: { type: "boolean", default: false },
  },
});

async function main() {
  const options = { rounds: Number(values.rounds), loadMs: Number(values.seconds) * 1000, concurrency: Number(values.clients), log: (line: string) => console.log(`  ${line}`) };
  const run = async (label: string, databaseUrl?: string): Promise<[string, TCrashReport]> => {
    const env = prepareProduction({ name: "crash", databaseUrl });
    console.log(`${label}: ${options.rounds} kills, ${options.concurrency} clients, ${values.seconds} s of load before each`);
    return [label, await runCrashCheck({ ...options, env })];
  };
  const reports = [await run("sqlite")];
  if (values.postgresql) reports.push(await withPostgresDatabase("crash", (url) => run("postgresql", url)));

  console.log(
    `\n${"database".padEnd(11)} ${"kills".padStart(6)} ${"acknowledged".padStart(13)} ${"stored".padStart(8)} ${"lost".padStart(5)} ${"half-written".padStart(13)} ${"in flight".padStart(10)} ${"refused".padStart(8)}  integrity`,
  );
  for (const [label, r] of reports) {
    const refused = Object.values(r.refused).reduce((a, b) => a + b, 0);
    console.log(
      `${label.padEnd(11)} ${String(r.rounds).padStart(6)} ${String(r.acknowledged).padStart(13)} ${String(r.stored).padStart(8)} ${String(r.lost).padStart(5)} ${String(r.halfWritten).padStart(13)} ${String(r.unanswered).padStart(10)} ${String(refused).padStart(8)}  ${r.integrity.length === 0 ? "ok" : r.integrity.join("; ")}`,
    );
    for (const [status, count] of Object.entries(r.refused)) console.log(`  ${label}: ${count} answered ${status}`);
  }
  const failed = reports.some(([, r]) => r.lost > 0 || r.halfWritten > 0 || r.integrity.length > 0);
  console.log(failed ? "\nacknowledged writes lost or database damaged: NO" : "\nevery acknowledged write stored, every transaction whole, integrity ok: yes");
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
