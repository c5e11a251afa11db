// `npm run -s questions:generate -- FILE.md [--seed N]`: prints the quiz items generated from
// every comparison table in FILE.md as a JSON array. Exit 1 (message on stderr) for an
// unreadable file, a bad flag, or a file without a usable comparison table.
import { readFileSync } from "node:fs";
import { splitFrontMatter } from "@/lib/content/front-matter";
import { extractComparisonTables, generateItemsFromMarkdown } from "@/lib/quiz";

const USAGE = "usage: npm run -s questions:generate -- FILE.md [--seed N]";

type TArgs = { ok: true; file: string; seed: number } | { ok: false; message: string };

function parseArgs(argv: readonly string[]): TArgs {
  let file: string | undefined;
  let seed = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--seed" || arg.startsWith("--seed=")) {
      const raw = arg === "--seed" ? argv[++i] : arg.slice("--seed=".length);
      if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > 0xffffffff) {
        return { ok: false, message: `--seed needs a whole number from 0 to 4294967295, got ${raw ?? "nothing"}` };
      }
      seed = Number(raw);
    } else if (arg.startsWith("-")) {
      return { ok: false, message: `unknown flag ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { ok: false, message: `only one file, got ${file} and ${arg}` };
    }
  }
  return file === undefined ? { ok: false, message: "no file given" } : { ok: true, file, seed };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`${args.message}\n${USAGE}`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    console.error(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // Question files start with front matter; plain markdown files are taken whole.
  const split = splitFrontMatter(text);
  const markdown = split.ok ? split.body : text;
  if (extractComparisonTables(markdown).length === 0) {
    console.error(`${args.file}: no usable comparison table (needs an aspect column, at least 2 subject columns and 2 body rows)`);
    return 1;
  }
  const items = generateItemsFromMarkdown(markdown, { seed: args.seed }).map((item) => ({
    id: item.id,
    kind: item.kind,
    generator: item.generator,
    prompt: item.prompt,
    options: item.options,
    ...(item.items ? { items: item.items } : {}),
    answer: item.answer,
    explanation: item.explanation,
    source: item.source,
  }));
  process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
