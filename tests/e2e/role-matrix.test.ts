// The role × route matrix over HTTP: every page and route handler (scripts/fuzz/routes.ts), sent
// well-formed by anonymous, a learner, an author and an admin, answers the status its access rule
// gives; and a learner reaching for another learner's quiz or review gets a 404, never the data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type TDb } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";
import { createFuzzContext, type TActor, type TContext } from "../../scripts/fuzz/fuzz-context";
import { jsonRequest } from "../../scripts/fuzz/http";
import { expectedStatus, ROUTES } from "../../scripts/fuzz/routes";
import { baseUrl } from "../support/browser";

let db: TDb;
let ctx: TContext;

beforeAll(async () => {
  db = createClient(process.env.DATABASE_URL!);
  // Addresses of their own (127.0.5.x), so the per-address limits of other tests stay untouched.
  ctx = await createFuzzContext({ base: baseUrl(), db, runId: `m${Date.now().toString(36)}`, hashPassword, addresses: (i) => `127.0.5.${(i % 250) + 1}` });
});
afterAll(() => db.$disconnect());

describe("role × route matrix", () => {
  it("answers every route with the status its access rule gives, for every role", async () => {
    const actors: TActor[] = [ctx.actors.anonymous, ctx.actors.learner, ctx.actors.author, ctx.actors.admin];
    const table: string[] = [];
    const wrong: string[] = [];
    for (const route of ROUTES) {
      const row: string[] = [];
      for (const actor of actors) {
        const res = await ctx.as(actor, await route.build(ctx, actor));
        const expected = expectedStatus(route, actor.role);
        row.push(String(res.status));
        if (res.status !== expected) wrong.push(`${route.name} as ${actor.name}: ${res.status}, expected ${expected} ${res.text.slice(0, 160)}`);
        if (res.status < 300) await route.after?.(ctx, actor);
      }
      table.push(`${route.name.padEnd(44)} ${row.map((s) => s.padStart(9)).join("")}`);
    }
    console.log(`${"route".padEnd(44)} ${actors.map((a) => a.name.padStart(9)).join("")}\n${table.join("\n")}`);
    expect(wrong).toEqual([]);
  });

  it("never hands a learner another learner's quiz or review", async () => {
    const { learner, other } = ctx.actors;
    const quiz = other.quiz!;
    const requests = [
      jsonRequest("GET", `/api/quizzes/${quiz.active}`, undefined, ""),
      jsonRequest("POST", `/api/quizzes/${quiz.active}/answers`, { position: 0, response: { kind: "recall", rating: "good" }, idempotencyKey: crypto.randomUUID() }, ""),
      jsonRequest("POST", `/api/quizzes/${quiz.toFinish}/finish`, undefined, ""),
      jsonRequest("POST", `/api/quizzes/${quiz.finished}/retake`, undefined, ""),
      jsonRequest("GET", `/quiz/${quiz.active}`, undefined, ""),
      jsonRequest("POST", "/api/review/undo", { logId: other.review!.logId }, ""),
    ];
    // The other learner's own card (a `new:` ref names a question anyone may start).
    const card = await db.reviewCard.findFirstOrThrow({ where: { userId: other.userId! }, select: { id: true } });
    requests.push(
      jsonRequest("POST", "/api/review/hint", { ref: `card:${card.id}` }, ""),
      jsonRequest("POST", "/api/review/answers", { ref: `card:${card.id}`, response: { kind: "recall", rating: "good" }, idempotencyKey: crypto.randomUUID() }, ""),
      jsonRequest("GET", `/api/review/answer?ref=card:${card.id}`, undefined, ""),
    );
    const before = await db.attempt.count({ where: { userId: other.userId! } });
    for (const request of requests) {
      const res = await ctx.as(learner, request);
      expect(`${request.method} ${request.path} → ${res.status}`).toBe(`${request.method} ${request.path} → 404`);
    }
    expect(await db.attempt.count({ where: { userId: other.userId! } })).toBe(before);
  });
});
