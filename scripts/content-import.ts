// `npm run content:import [-- --dir content] [--prefer-file]`: loads every bank under content/
// into the database. A file is applied only when it changed since it was last imported; a file
// that changed while its question was also edited in the browser is a conflict and is left alone,
// unless --prefer-file (content/README.md). Exit status 1 when any file was rejected or conflicts
// (the rest are still imported).
import { join } from "node:path";
import { importContent } from "@/lib/server/data/content/import-content";
import { db } from "@/lib/server/db";

async function main() {
  const dirFlag = process.argv.indexOf("--dir");
  const dir = dirFlag > -1 ? (process.argv[dirFlag + 1] ?? "content") : join(process.cwd(), "content");
  const preferFile = process.argv.includes("--prefer-file");
  const summary = await importContent({ dir, preferFile });
  for (const bank of summary.banks) {
    console.log(`${bank.slug}: ${bank.created} created, ${bank.updated} updated, ${bank.unchanged} unchanged, ${bank.archived} archived, ${bank.conflicts} conflicts`);
  }
  for (const error of summary.errors) console.error(`${error.path}:${error.line}: ${error.message} (file not imported)`);
  for (const conflict of summary.conflicts) console.error(`${conflict.path}: conflict: ${conflict.message}`);
  await db.$disconnect();
  if (summary.errors.length > 0 || summary.conflicts.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
