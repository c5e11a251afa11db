// `npm run db:seed`: imports content/ and creates the demo accounts shown in the README.
// Safe to run any number of times; `npm start` runs it on every start. Questions edited in the
// browser are never overwritten by it (content/README.md).
import { join } from "node:path";
import { importContent } from "@/lib/server/data/content/import-content";
import { createUser } from "@/lib/server/data/users/create-user";
import { db } from "@/lib/server/db";
import type { TRole } from "@/lib/server/permissions/roles";

export const DEMO_USERS: { email: string; password: string; name: string; role: TRole }[] = [
  { email: "learner@interleave.dev", password: "learner-demo-pass", name: "Demo Learner", role: "learner" },
  { email: "author@interleave.dev", password: "author-demo-pass", name: "Demo Author", role: "author" },
];

async function main() {
  const summary = await importContent({ dir: join(process.cwd(), "content") });
  for (const bank of summary.banks) {
    console.log(`content ${bank.slug}: ${bank.created} created, ${bank.updated} updated, ${bank.unchanged} unchanged, ${bank.conflicts} conflicts`);
  }
  for (const error of summary.errors) console.error(`${error.path}:${error.line}: ${error.message} (file not imported)`);
  // The database wins a conflict: what authors saved in the browser stays, and the start goes on.
  for (const conflict of summary.conflicts) console.error(`${conflict.path}: conflict: ${conflict.message}`);
  for (const demo of DEMO_USERS) {
    const exists = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (!exists) {
      await createUser(demo);
      console.log(`demo ${demo.role}: ${demo.email} / ${demo.password}`);
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
