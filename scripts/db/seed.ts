// `npm run db:seed`: imports content/ and creates the demo accounts shown in the README.
// Safe to run any number of times; `npm start` runs it on every start. Questions edited in the
// browser are never overwritten by it (content/README.md).
import { join } from "node:path";
import { backfillReviews } from "@/lib/server/data/reviews/backfill-reviews";
import { importContent } from "@/lib/server/data/content/import-content";
import { createUser } from "@/lib/server/data/users/create-user";
import { db } from "@/lib/server/db";
import type { TRole } from "@/lib/server/permissions/roles";
import { addDays, learnerDayOf } from "@/lib/srs/learner-day";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/srs/settings";
import { simulateLearner } from "../lib/simulate-learner";

export const DEMO_USERS: { email: string; password: string; name: string; role: TRole }[] = [
  { email: "learner@interleave.dev", password: "learner-demo-pass", name: "Demo Learner", role: "learner" },
  { email: "author@interleave.dev", password: "author-demo-pass", name: "Demo Author", role: "author" },
];

async function main() {
  // Answers stored before spaced repetition existed get their schedules (a no-op afterwards).
  const replayed = await backfillReviews();
  if (replayed > 0) console.log(`spaced repetition: scheduled ${replayed} earlier answers`);
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
  await giveDemoLearnerAHistory();
}

// The demo learner arrives with seven weeks of daily review behind them, answered through the
// same data layer the review page uses, so /progress and /review have something to show on a
// fresh install. Once only: a learner with any review log is left alone.
async function giveDemoLearnerAHistory() {
  if (process.env.SEED_DEMO_HISTORY === "0") return;
  const learner = await db.user.findUnique({ where: { email: DEMO_USERS[0]!.email }, select: { id: true, role: true, _count: { select: { reviewLogs: true } } } });
  if (!learner || learner._count.reviewLogs > 0) return;
  const bank = await db.bank.findUnique({ where: { slug: "python" }, select: { slug: true } });
  if (!bank) return;
  const clock = { timeZone: DEFAULT_STUDY_SETTINGS.timeZone, dayStartHour: DEFAULT_STUDY_SETTINGS.dayStartHour };
  const days = 49;
  const yesterday = addDays(learnerDayOf(new Date(), clock), -1);
  const answers = await simulateLearner({
    actor: { id: learner.id, role: learner.role },
    bank: bank.slug,
    clock,
    firstDay: addDays(yesterday, -(days - 1)),
    days,
    // Most evenings, a few skipped days, and a long weekend away in the middle.
    sessionsOn: (d) => (d % 9 === 4 || (d >= 20 && d <= 22) ? [] : [15 + (d % 4)]),
    accuracy: 0.82,
    seed: 7,
    maxPerSession: 14,
  });
  console.log(`demo learner: ${answers.length} answers over ${days} days of review history`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
