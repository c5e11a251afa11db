// `npm run bench:pages`: the question page against a static file from public/, on the same
// production server, 50 connections for 10 s each. Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serveProduction } from "./serve-production";

type TFigures = { path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

type TAutocannonJson = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

// autocannon runs as its own process so the load generator never shares an event loop (or a
// module loader) with this script; both endpoints are measured the same way.
async function measure(baseUrl: string, path: string, seconds = 10): Promise<TFigures> {
  const cli = join(process.cwd(), "node_modules", "autocannon", "autocannon.js");
  const out = execFileSync(process.execPath, [cli, "-c", "50", "-d", String(seconds), "-j", `${baseUrl}${path}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(out) as TAutocannonJson;
  return { path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main() {
  const server = await serveProduction({ name: "bench-pages" });
  try {
    // The first request renders and caches the page; the benchmark measures what learners get after.
    await fetch(`${server.baseUrl}/python/60`);
    // A short warm-up of both paths lets the JIT settle before anything is recorded.
    await measure(server.baseUrl, "/python/60", 3);
    await measure(server.baseUrl, "/robots.txt", 3);
    const page = await measure(server.baseUrl, "/python/60");
    const file = await measure(server.baseUrl, "/robots.txt");
    const row = (f: TFigures) => `${f.path.padEnd(14)} ${f.rps.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.non2xx + f.errors).padStart(8)}`;
    console.log(`\n${"path".padEnd(14)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"failed".padStart(8)}`);
    console.log(row(page));
    console.log(row(file));
    console.log(`\nratio page/static (req/s): ${(page.rps / file.rps).toFixed(2)}  (target ≥ 0.5)`);
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
