// Loads the golden corpus: lib/sandbox/cases/<area>/<name>.py with .out (+ .err/.status).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type GoldenCase = { key: string; area: string; name: string; dir: string; source: string; out: string; err: string | null; status: number };

export const CASES_DIR = join(__dirname, "..", "cases");

export function loadCases(): GoldenCase[] {
  const out: GoldenCase[] = [];
  if (!existsSync(CASES_DIR)) return out;
  for (const area of readdirSync(CASES_DIR).sort()) {
    const dir = join(CASES_DIR, area);
    if (area.includes(".")) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".py")) continue;
      const base = join(dir, f.slice(0, -3));
      if (!existsSync(base + ".out")) continue;
      out.push({
        key: `${area}/${f.slice(0, -3)}`,
        area,
        name: f,
        dir,
        source: readFileSync(base + ".py", "utf8"),
        out: readFileSync(base + ".out", "utf8"),
        err: existsSync(base + ".err") ? readFileSync(base + ".err", "utf8") : null,
        status: existsSync(base + ".status") ? parseInt(readFileSync(base + ".status", "utf8"), 10) : 0,
      });
    }
  }
  return out;
}
