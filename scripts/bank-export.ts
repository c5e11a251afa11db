// `npm run bank:export -- <bank> <out-dir> [--drafts] [--replace]`: writes the bank as the folder
// `content:import` reads, <out-dir>/<bank>/bank.md and one file per question, from the database as
// it is now: each question's published version, or with --drafts the newest version of every
// question that is not archived (drafts and never-published questions included). A folder that
// already holds files is refused unless --replace, which first deletes its bank.md and question
// files. Importing the folder again changes nothing (content/README.md).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isQuestionFileName } from "@/lib/content/parse-question-file";
import { db } from "@/lib/server/db";
import { streamBankFolder } from "@/lib/server/data/exchange/stream-bank-folder";

const USAGE = "usage: npm run bank:export -- <bank-slug> <out-dir> [--drafts] [--replace]";

async function main() {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const [slug, outDir] = args.filter((a) => !a.startsWith("--"));
  for (const flag of flags) if (flag !== "--drafts" && flag !== "--replace") throw new Error(`unknown option ${flag}\n${USAGE}`);
  if (!slug || !outDir || !/^[a-z0-9-]{1,60}$/.test(slug)) throw new Error(USAGE);
  if (!(await db.bank.findUnique({ where: { slug }, select: { id: true } }))) throw new Error(`no bank called "${slug}"`);

  const folder = join(outDir, slug);
  if (existsSync(folder)) {
    const present = readdirSync(folder);
    if (present.length > 0 && !flags.has("--replace"))
      throw new Error(`${folder} is not empty; pick an empty folder or pass --replace (deletes its bank.md and question files first)`);
    for (const name of present) if (name === "bank.md" || isQuestionFileName(name)) rmSync(join(folder, name));
  }
  mkdirSync(folder, { recursive: true });
  let questions = 0;
  for await (const file of streamBankFolder({ bankSlug: slug, versions: flags.has("--drafts") ? "newest" : "published" })) {
    writeFileSync(join(folder, file.path), file.text);
    if (file.path !== "bank.md") questions++;
  }
  console.log(`${slug}: wrote bank.md and ${questions} question files to ${folder}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
