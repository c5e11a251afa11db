// `npm run content:import [-- --dir content]`: loads every bank under content/ into the database.
// Exit status 1 when any file was rejected (the rest are still imported).
import { join } from "node:path";
import { importContent } from "@/lib/server/data/content/import-content";
import { db } from "@/lib/server/db";

async function main() {
  const dirFlag = process.argv.indexOf("--dir");
  const dir = dirFlag > -1 ? process.argv[dirFlag + 1] ?? "content" : join(process.cwd(), "content");
  const summary = await importContent({ dir });
  for (const bank of summary.banks) {
    console.log(`${bank.slug}: ${bank.created} created, ${bank.updated} updated, ${bank.unchanged} unchanged, ${bank.archived} archived`);
  }
  for (const error of summary.errors) console.error(`${error.path}:${error.line}: ${error.message} (file not imported)`);
  await db.$disconnect();
  if (summary.errors.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
