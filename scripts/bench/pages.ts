// `npm run bench:pages`: the question page against a static file from public/, on the same
// production server, 50 connections for 10 s each. Prints figures; asserts nothing.
import autocannon from "autocannon";
import { serveProduction } from "./serve-production";

type TFigures = { path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function measure(baseUrl: string, path: string): Promise<TFigures> {
  const result = await autocannon({ url: `${baseUrl}${path}`, connections: 50, duration: 10 });
  return { path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main() {
  const server = await serveProduction({ name: "bench-pages" });
  try {
    // The first request renders and caches the page; the benchmark measures what learners get after.
    await fetch(`${server.baseUrl}/python/60`);
    await measure(server.baseUrl, "/robots.txt").then(() => undefined);
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
