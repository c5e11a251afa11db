// `npm run -s questions:review -- [--sample N] [--seed N] [--bank SLUG] [--blind]`: prints a random
// sample of the items generated from the comparison tables of every bank (or one), as plain text:
// prompt, options, the right one, the source row and the explanation. With --blind the answers
// come after all the questions, so a reader can answer each item before checking it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { isQuestionFileName } from "@/lib/content/parse-question-file";
import { extractComparisonTables, generateItemsFromMarkdown, formatReviewItem, formatReviewKey, pickReviewSample, type TReviewEntry } from "@/lib/quiz";

const USAGE = "usage: npm run -s questions:review -- [--sample N] [--seed N] [--bank SLUG] [--blind]";
const CONTENT = join(process.cwd(), "content");

type TArgs = { ok: true; sample: number; seed: number; bank: string | null; blind: boolean } | { ok: false; message: string };

function parseWhole(flag: string, raw: string | undefined, max: number): number | string {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > max) return `${flag} needs a whole number from 0 to ${max}, got ${raw ?? "nothing"}`;
  return Number(raw);
}

function parseArgs(argv: readonly string[]): TArgs {
  const args = { sample: 40, seed: 0, bank: null as string | null, blind: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? "").split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--sample" || flag === "--seed") {
      const parsed = parseWhole(flag, value(), flag === "--seed" ? 0xffffffff : 10_000);
      if (typeof parsed === "string") return { ok: false, message: parsed };
      args[flag === "--seed" ? "seed" : "sample"] = parsed;
    } else if (flag === "--bank") {
      const slug = value();
      if (!slug || !existsSync(join(CONTENT, slug, "bank.md"))) return { ok: false, message: `--bank needs the slug of a folder under content/, got ${slug ?? "nothing"}` };
      args.bank = slug;
    } else if (flag === "--blind" && inline === undefined) {
      args.blind = true;
    } else {
      return { ok: false, message: `unknown argument ${argv[i]}` };
    }
  }
  return { ok: true, ...args };
}

// Every generated item of every question file, in bank and file order. The seed only shuffles
// options and picks the sample; which items exist does not depend on it.
function collectEntries(banks: readonly string[], seed: number): TReviewEntry[] {
  const entries: TReviewEntry[] = [];
  for (const bank of banks) {
    const dir = join(CONTENT, bank);
    for (const file of readdirSync(dir).filter(isQuestionFileName).sort()) {
      const split = splitFrontMatter(readFileSync(join(dir, file), "utf8"));
      if (!split.ok) continue; // the content check reports broken files
      const tables = extractComparisonTables(split.body);
      for (const item of generateItemsFromMarkdown(split.body, { seed })) {
        const table = tables.find((t) => t.index === item.source.table);
        const where = item.source.row === null ? `table ${item.source.table}` : `table ${item.source.table}, row ${item.source.row}`;
        entries.push({ label: `${bank}/${file.replace(/\.md$/, "")} · ${where}`, item, table });
      }
    }
  }
  return entries;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`${args.message}\n${USAGE}`);
    return 1;
  }
  const banks = args.bank
    ? [args.bank]
    : readdirSync(CONTENT)
        .filter((name) => existsSync(join(CONTENT, name, "bank.md")))
        .sort();
  const entries = collectEntries(banks, args.seed);
  const sample = pickReviewSample(entries, args.sample, args.seed);
  const out = [`${sample.length} of ${entries.length} generated items (seed ${args.seed}${args.bank ? `, bank ${args.bank}` : ""})`, ""];
  sample.forEach((entry, i) => out.push(formatReviewItem(entry, i + 1, { blind: args.blind }), ""));
  if (args.blind) {
    out.push("════ Answers", "");
    sample.forEach((entry, i) => out.push(formatReviewKey(entry, i + 1), ""));
  }
  process.stdout.write(out.join("\n"));
  return 0;
}

process.exitCode = main();
