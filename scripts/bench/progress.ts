// `npm run bench:progress`: two learners, one with 5,000 answers and one with 50,000, on a fresh
// database seeded with the Python bank. Prints the time of /progress's queries, of building the
// due queue and of one review submit for each, and the 50k / 5k ratio, on SQLite and (when a
// server is reachable: POSTGRES_URL, or the test server of .ci/start-postgres.sh) PostgreSQL.
// Each database runs in its own process, since the data layer binds to DATABASE_URL on import.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { TReviewEntry } from "@/lib/contracts/review";
import type { TDb } from "@/lib/db/create-client";
import type { TResponse } from "@/lib/quiz/schemas";
import { runOnBothDatabases } from "./on-both-databases";

const root = join(__dirname, "..", "..");
const SIZES = [5_000, 50_000] as const;
const RUNS = 7;
type TFigures = Record<"progress" | "badge" | "queue" | "submit", number>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function measure(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

// A well-formed answer of the entry's kind; right or wrong does not matter for the timing.
function anyResponse(entry: TReviewEntry): TResponse {
  switch (entry.kind) {
    case "single_choice":
    case "true_false":
      return { kind: entry.kind, choice: 0 };
    case "multiple_choice":
      return { kind: "multiple_choice", choices: [0] };
    case "matching":
      return { kind: "matching", pairs: (entry.items ?? []).map((_, i) => [i, 0] as [number, number]) };
    case "ordering":
      return { kind: "ordering", order: entry.options.map((_, i) => i) };
    case "short_text":
      return { kind: "short_text", text: "a guess" };
    case "recall":
      return { kind: "recall", rating: "good" };
  }
}

// The first moment at or after `now` when at least `count` of the learner's cards are due.
async function whenQueueHolds(db: TDb, userId: string, now: Date, count: number): Promise<Date> {
  const { activeCardsOf } = await import("@/lib/server/data/reviews/review-filters");
  const cards = await db.reviewCard.findMany({ where: activeCardsOf(userId), orderBy: { due: "asc" }, skip: count - 1, take: 1, select: { due: true } });
  if (!cards[0]) throw new Error(`the learner has fewer than ${count} cards to answer`);
  return new Date(Math.max(now.getTime(), cards[0].due.getTime() + 1000));
}

async function child(url: string) {
  process.env.DATABASE_URL = url;
  const { applyMigrations } = await import("../db/apply-migrations");
  applyMigrations(url, true);
  const { db } = await import("@/lib/server/db");
  const { importContent } = await import("@/lib/server/data/content/import-content");
  const { createUser } = await import("@/lib/server/data/users/create-user");
  const { getProgress } = await import("@/lib/server/data/progress/get-progress");
  const { getReviewQueue } = await import("@/lib/server/data/reviews/get-review-queue");
  const { getReviewSummary } = await import("@/lib/server/data/reviews/get-review-summary");
  const { answerReview } = await import("@/lib/server/data/reviews/answer-review");
  const { seedHistory } = await import("./seed-history");
  await importContent({ dir: join(root, "content") });
  const now = new Date();
  const result: Record<number, TFigures> = {};
  for (const size of SIZES) {
    const user = await createUser({ name: `Bench ${size}`, email: `bench-${size}-${Date.now()}@example.com`, password: "bench-password-1" });
    const actor = { id: user.id, role: user.role };
    const t0 = performance.now();
    await seedHistory({ db, userId: user.id, attempts: size, days: 365, end: now, seed: size });
    console.error(`  seeded ${size} answers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const progress = await measure(() => getProgress({ actor, now }));
    const badge = await measure(() => getReviewSummary({ actor, now }));
    const queue = await measure(() => getReviewQueue({ actor, now }));
    // A long history leaves nothing due at `now` (every card answered on schedule, no new items
    // left), so the submits happen when enough cards have come due for all of them.
    const at = await whenQueueHolds(db, user.id, now, RUNS + 1);
    const submit = await measure(async () => {
      const entry = (await getReviewQueue({ actor, now: at, limit: 1 })).entries[0];
      if (!entry) throw new Error(`the queue at ${at.toISOString()} is empty`);
      await answerReview({ actor, now: at, input: { ref: entry.ref, response: anyResponse(entry), hinted: false, durationMs: 5000, idempotencyKey: crypto.randomUUID() } });
    });
    result[size] = { progress, badge, queue, submit };
  }
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(label: string, url: string): Record<number, TFigures> {
  console.log(`\n${label}: seeding and measuring…`);
  const out = execFileSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", __filename, "--child", url], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<number, TFigures>;
}

function print(label: string, figures: Record<number, TFigures>) {
  const [small, large] = SIZES;
  console.log(`\n${label} (median of ${RUNS} after one warm-up)`);
  console.log(`| measure | ${small} answers | ${large} answers | ratio ${large / 1000}k / ${small / 1000}k |`);
  console.log("|---|---|---|---|");
  for (const key of ["progress", "badge", "queue", "submit"] as const) {
    const a = figures[small]![key];
    const b = figures[large]![key];
    const name = { progress: "/progress queries", badge: "header badge (review summary)", queue: "due queue", submit: "one review submit" }[key];
    console.log(`| ${name} | ${a.toFixed(1)} ms | ${b.toFixed(1)} ms | ${(b / a).toFixed(2)} |`);
  }
}

async function main() {
  if (process.argv[2] === "--child") return child(process.argv[3]!);
  await runOnBothDatabases("progress", (label, url) => print(label, runChild(label, url)));
}

void main();
