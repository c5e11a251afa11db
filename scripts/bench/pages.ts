// `npm run bench:pages`: the question page against a static file from public/, on the same
// production server, 50 connections for 10 s each; once as `npm start` serves them (with the
// micro-cache) and once from Next alone. Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serveProduction } from "./serve-production";

type TFigures = { path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };

type TAutocannonJson = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

// autocannon runs as its own process so the load generator never shares an event loop (or a
// module loader) with this script; both endpoints are measured the same way.
async function measure(baseUrl: string, path: string, seconds = 10): Promise<TFigures> {
  const cli = join(process.cwd(), "node_modules", "autocannon", "autocannon.js");
  const out = execFileSync(process.execPath, [cli, "-c", "50", "-d", String(seconds), "-j", `${baseUrl}${path}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out) as TAutocannonJson;
  return { path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main() {
  const server = await serveProduction({ name: "bench-pages" });
  // The same build and database served by Next alone, to show what the micro-cache adds.
  const bare = await server.startAnother({ MICRO_CACHE_SECONDS: "0" });
  try {
    const runs: [string, string, string][] = [
      ["npm start", server.baseUrl, "/python/60"],
      ["npm start", server.baseUrl, "/robots.txt"],
      ["Next alone", bare.baseUrl, "/python/60"],
      ["Next alone", bare.baseUrl, "/robots.txt"],
    ];
    // The first request renders and caches the page; the benchmark measures what learners get after.
    for (const [, base] of runs) await fetch(`${base}/python/60`);
    // A short warm-up of every path lets the JIT settle before anything is recorded.
    for (const [, base, path] of runs) await measure(base, path, 3);
    const figures: [string, TFigures][] = [];
    for (const [label, base, path] of runs) figures.push([label, await measure(base, path)]);
    const row = ([label, f]: [string, TFigures]) =>
      `${label.padEnd(11)} ${f.path.padEnd(14)} ${f.rps.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.non2xx + f.errors).padStart(8)}`;
    console.log(`\n${"server".padEnd(11)} ${"path".padEnd(14)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"failed".padStart(8)}`);
    for (const entry of figures) console.log(row(entry));
    const ratio = (i: number) => (figures[i]![1].rps / figures[i + 1]![1].rps).toFixed(2);
    console.log(`\nratio page/static (req/s): npm start ${ratio(0)} (target ≥ 0.5) · Next alone ${ratio(2)}`);
  } finally {
    server.stop();
    bare.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
