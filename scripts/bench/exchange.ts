// `npm run bench:exchange`: on a fresh database with the Python bank and a class of 250 learners
// each answering 60 of its items again and again (100,000 attempts), prints side by side:
// - the item analysis as the app computes it (grouped counts in the database) against the same
//   analysis from every attempt loaded into the process, with the rows each reads;
// - the bank's exports streamed to the end (folder zip, GIFT, Anki, JSON): time and bytes;
// - the preview of the bank's own zip uploaded back (nothing to change) and its time, then the
//   same preview again, as the import that follows it runs (its programs from the run cache).
// On SQLite and, when a server is reachable (POSTGRES_URL, or the test server of
// .ci/start-postgres.sh), PostgreSQL. Each database runs in its own process.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runOnBothDatabases } from "./on-both-databases";

const root = join(__dirname, "..", "..");
const LEARNERS = 250;
const ATTEMPTS = 100_000;
const RUNS = 5;
const ITEMS_PER_LEARNER = 60;
const CHOICE_ATTEMPTS = ["single_choice", "multiple_choice", "true_false", "predict_output"] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function measure<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let value = await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

type TFigures = {
  analysis: { grouped: number; everyRow: number; groupedRows: number; attemptRows: number; same: boolean };
  exports: Record<string, { ms: number; bytes: number }>;
  preview: { ms: number; againMs: number; unchanged: number };
};

async function child(url: string) {
  process.env.DATABASE_URL = url;
  const { applyMigrations } = await import("../db/apply-migrations");
  applyMigrations(url, true);
  const { db } = await import("@/lib/server/db");
  const { importContent } = await import("@/lib/server/data/content/import-content");
  const { createUser } = await import("@/lib/server/data/users/create-user");
  const { getBankItemAnalysis } = await import("@/lib/server/data/item-analysis/get-bank-item-analysis");
  const { assembleBankAnalysis } = await import("@/lib/item-analysis/assemble");
  const { streamBankFolder } = await import("@/lib/server/data/exchange/stream-bank-folder");
  const { streamExportQuestions } = await import("@/lib/server/data/exchange/stream-export-questions");
  const { zipFiles } = await import("@/lib/exchange/zip-files");
  const { streamGift } = await import("@/lib/exchange/gift");
  const { streamAnkiCsv } = await import("@/lib/exchange/anki");
  const { streamItemsJson } = await import("@/lib/exchange/items-json");
  const { previewBankImport } = await import("@/lib/server/data/exchange/preview-bank-import");
  const { ZQuizItem } = await import("@/lib/quiz/schemas");
  const { createRandom } = await import("@/lib/quiz");
  const { DURATION_CAP_MS } = await import("@/lib/srs/settings");

  await importContent({ dir: join(root, "content") });
  const author = await createUser({ name: "Bench author", email: `bench-author-${Date.now()}@example.com`, password: "bench-password-1", role: "author" });
  const actor = { id: author.id, role: author.role };
  const bank = await db.bank.findUniqueOrThrow({ where: { slug: "python" }, select: { id: true } });

  // The class: learners of spread ability, each working on 60 of the bank's items and answering
  // them again and again (quizzes, reviews), right more often the abler.
  const t0 = performance.now();
  const items = await db.quizItem.findMany({
    where: { retiredAt: null, questionVersion: { publishedBy: { bankId: bank.id } }, kind: { in: ["single_choice", "true_false", "multiple_choice"] } },
    select: { id: true, questionId: true, questionVersionId: true, payload: true },
  });
  const learners = Array.from({ length: LEARNERS }, (_, i) => ({ id: `bench-learner-${i}`, email: `bench-learner-${i}-${Date.now()}@example.com`, passwordHash: "unused" }));
  await db.user.createMany({ data: learners });
  const random = createRandom(11);
  const rows: object[] = [];
  const studied = learners.map(() => Array.from({ length: ITEMS_PER_LEARNER }, () => items[Math.floor(random() * items.length)]!));
  for (let n = 0; n < ATTEMPTS; n++) {
    const learner = n % LEARNERS;
    const row = studied[learner]![Math.floor(random() * ITEMS_PER_LEARNER)]!;
    const item = ZQuizItem.parse(row.payload);
    const right = random() < 0.2 + 0.7 * (learner / LEARNERS);
    const choice = right ? (item.answer[0] as number) : Math.floor(random() * item.options.length);
    rows.push({
      userId: learners[learner]!.id,
      questionId: row.questionId,
      questionVersionId: row.questionVersionId,
      quizItemId: row.id,
      kind: item.kind,
      response: item.kind === "multiple_choice" ? { kind: item.kind, choices: [choice] } : { kind: item.kind, choice },
      correct: right && choice === item.answer[0],
      durationMs: Math.floor(2000 + random() * 40_000),
      idempotencyKey: crypto.randomUUID(),
    });
  }
  for (let i = 0; i < rows.length; i += 5000) await db.attempt.createMany({ data: rows.slice(i, i + 5000) as never });
  console.error(`  seeded ${ATTEMPTS} attempts by ${LEARNERS} learners on ${items.length} items in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const grouped = await measure(() => getBankItemAnalysis({ actor, bankSlug: "python" }));
  // The same analysis from every attempt: what the grouped queries avoid.
  const everyRow = await measure(async () => {
    const [questions, itemRows, attempts] = await Promise.all([
      db.question.findMany({ where: { bankId: bank.id }, orderBy: { number: "asc" }, select: { id: true, number: true, title: true, status: true, publishedVersionId: true } }),
      db.quizItem.findMany({
        where: { questionVersion: { question: { bankId: bank.id } } },
        select: { id: true, questionId: true, questionVersionId: true, payload: true, retiredAt: true, createdAt: true },
      }),
      db.attempt.findMany({
        where: { question: { bankId: bank.id } },
        select: { questionId: true, quizItemId: true, userId: true, correct: true, response: true, durationMs: true, kind: true },
      }),
    ]);
    const count = <T>(list: T[], key: (row: T) => string) => {
      const map = new Map<string, { row: T; count: number }>();
      for (const row of list) {
        const k = key(row);
        const seen = map.get(k);
        if (seen) seen.count++;
        else map.set(k, { row, count: 1 });
      }
      return [...map.values()];
    };
    const choice = (a: (typeof attempts)[number]) => (CHOICE_ATTEMPTS as readonly string[]).includes(a.kind);
    const sumTimes = (list: typeof attempts, key: (a: (typeof attempts)[number]) => string) => {
      const map = new Map<string, { sum: number; count: number }>();
      for (const a of list) {
        if (a.durationMs === null || a.durationMs > DURATION_CAP_MS) continue;
        const t = map.get(key(a)) ?? { sum: 0, count: 0 };
        t.sum += a.durationMs;
        t.count++;
        map.set(key(a), t);
      }
      return [...map];
    };
    const onItems = attempts.filter((a) => a.quizItemId !== null);
    const onNoItem = attempts.filter((a) => a.quizItemId === null);
    return assembleBankAnalysis({
      bank: { slug: "python", name: "Python", emoji: "🐍" },
      questions,
      items: itemRows,
      retirements: [],
      itemCounts: count(onItems, (a) => `${a.quizItemId}|${a.userId}|${a.correct}|${choice(a) ? JSON.stringify(a.response) : ""}`).map(({ row, count: n }) => ({
        quizItemId: row.quizItemId!,
        userId: row.userId,
        correct: row.correct,
        ...(choice(row) ? { response: row.response } : {}),
        count: n,
      })),
      unlinkedCounts: count(onNoItem, (a) => `${a.questionId}|${a.userId}|${a.correct}`).map(({ row, count: n }) => ({
        questionId: row.questionId,
        userId: row.userId,
        correct: row.correct,
        count: n,
      })),
      itemTimes: sumTimes(onItems, (a) => a.quizItemId!).map(([quizItemId, t]) => ({ quizItemId, ...t })),
      unlinkedTimes: sumTimes(onNoItem, (a) => a.questionId).map(([questionId, t]) => ({ questionId, ...t })),
    });
  });
  const groupedRows = (
    await db.attempt.groupBy({
      by: ["quizItemId", "userId", "correct", "response"],
      where: { question: { bankId: bank.id }, quizItemId: { not: null }, kind: { in: [...CHOICE_ATTEMPTS] } },
      _count: { _all: true },
    })
  ).length;
  const strip = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" ? Number(v.toFixed(9)) : v));

  const exports: TFigures["exports"] = {};
  const drain = async (chunks: AsyncIterable<string | Uint8Array>) => {
    let bytes = 0;
    for await (const chunk of chunks) bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
    return bytes;
  };
  const folder = () =>
    zipFiles(
      (async function* () {
        for await (const file of streamBankFolder({ bankSlug: "python", versions: "published" })) yield { path: `python/${file.path}`, text: file.text };
      })(),
    );
  const meta = { slug: "python", name: "Python" };
  for (const [name, stream] of [
    ["folder zip", folder],
    ["GIFT", () => streamGift(meta, streamExportQuestions({ bankSlug: "python" }))],
    ["Anki CSV", () => streamAnkiCsv(meta, streamExportQuestions({ bankSlug: "python" }))],
    ["items JSON", () => streamItemsJson(meta, streamExportQuestions({ bankSlug: "python" }))],
  ] as const) {
    const result = await measure(() => drain(stream()));
    exports[name] = { ms: result.ms, bytes: result.value };
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of folder()) chunks.push(chunk);
  const zip = new Uint8Array(Buffer.concat(chunks));
  const t1 = performance.now();
  const preview = await previewBankImport({ actor, input: { into: "python", bytes: zip } });
  const previewMs = performance.now() - t1;
  // The import the author confirms next reads the same zip again: its programs come from the
  // sandbox threads' run cache.
  const t2 = performance.now();
  await previewBankImport({ actor, input: { into: "python", bytes: zip } });
  const againMs = performance.now() - t2;

  await db.$disconnect();
  const figures: TFigures = {
    analysis: { grouped: grouped.ms, everyRow: everyRow.ms, groupedRows, attemptRows: ATTEMPTS, same: strip(grouped.value) === strip(everyRow.value) },
    exports,
    preview: { ms: previewMs, againMs, unchanged: preview.unchanged },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function runChild(label: string, url: string): TFigures {
  console.log(`\n${label}: seeding and measuring…`);
  const out = execFileSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", __filename, "--child", url], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as TFigures;
}

function print(label: string, f: TFigures) {
  console.log(`\n${label} (medians of ${RUNS} after one warm-up)`);
  console.log("| item analysis of the Python bank | time | rows read from Attempt |");
  console.log("|---|---|---|");
  console.log(`| grouped counts (the app) | ${f.analysis.grouped.toFixed(0)} ms | ${f.analysis.groupedRows.toLocaleString("en")} groups in the largest group-by |`);
  console.log(`| every attempt loaded | ${f.analysis.everyRow.toFixed(0)} ms | ${f.analysis.attemptRows.toLocaleString("en")} |`);
  console.log(`| ratio | ${(f.analysis.everyRow / f.analysis.grouped).toFixed(2)} | same figures: ${f.analysis.same ? "yes" : "NO"} |`);
  console.log("\n| export, streamed to the end | time | bytes |");
  console.log("|---|---|---|");
  for (const [name, e] of Object.entries(f.exports)) console.log(`| ${name} | ${e.ms.toFixed(0)} ms | ${e.bytes.toLocaleString("en")} |`);
  console.log(
    `\nPreview of the bank's own zip uploaded back: ${(f.preview.ms / 1000).toFixed(1)} s, ${f.preview.unchanged} questions unchanged; the same zip again (programs from the run cache): ${(f.preview.againMs / 1000).toFixed(1)} s.`,
  );
}

async function main() {
  if (process.argv[2] === "--child") return child(process.argv[3]!);
  await runOnBothDatabases("exchange", (label, url) => print(label, runChild(label, url)));
}

void main();
