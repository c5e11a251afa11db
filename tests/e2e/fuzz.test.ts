// The short fuzz run of `npm test` (the long one is `npm run fuzz`, scripts/fuzz/cli.ts): a few
// hundred fast-check-built broken requests against every route, as every kind of actor. None may
// get a 5xx or no answer, and none the server refused may change a row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type TDb } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";
import { openFingerprint, type TFingerprint } from "../../scripts/fuzz/db-fingerprint";
import { runFuzz } from "../../scripts/fuzz/fuzz";
import { createFuzzContext, type TContext } from "../../scripts/fuzz/fuzz-context";
import { baseUrl } from "../support/browser";

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 400);
let db: TDb;
let ctx: TContext;
let fingerprint: TFingerprint;

beforeAll(async () => {
  db = createClient(process.env.DATABASE_URL!);
  ctx = await createFuzzContext({ base: baseUrl(), db, runId: `f${Date.now().toString(36)}`, hashPassword, addresses: (i) => `127.0.6.${(i % 250) + 1}` });
  fingerprint = await openFingerprint(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await fingerprint?.close();
  await db.$disconnect();
});

describe("fuzzed requests", () => {
  it(`${REQUESTS} broken requests: no 5xx, and nothing refused changed a row`, { timeout: 600_000 }, async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const report = await runFuzz({ ctx, fingerprint, requests: REQUESTS, seed });
    console.log(
      `fuzz seed ${seed}: ${report.sent} requests in ${(report.ms / 1000).toFixed(0)} s; statuses ${[...report.byStatus]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`,
    );
    expect(report.serverErrors).toEqual([]);
    expect(report.rejectedWrites).toEqual([]);
    expect(report.sent).toBeGreaterThan(REQUESTS * 0.9);
  });
});
