// The public API's routes for the role matrix and the fuzzer. They answer personal access tokens,
// not the session cookie: each signed-in actor holds a token with the scopes its role may have
// (read and write; authors and admins also author), anonymous holds none. A learner's token
// cannot carry the author scope, so the author operations answer it 403.
import { respondToView, type TItemView } from "../lib/respond-to-view";
import { DRAFT_BODY, type TActor, type TContext } from "./fuzz-context";
import { jsonRequest, type TRawRequest } from "./http";
import type { TRoute } from "./routes";

const withToken = (actor: TActor, request: TRawRequest): TRawRequest =>
  actor.token ? { ...request, headers: { ...request.headers, authorization: `Bearer ${actor.token}` } } : request;
const get = (actor: TActor, path: string) => withToken(actor, { method: "GET", path, headers: {} });
const post = (actor: TActor, path: string, body: unknown) => withToken(actor, jsonRequest("POST", path, body, ""));
const dataOf = <T>(text: string) => (JSON.parse(text) as { data: T }).data;
const python60 = (ctx: TContext) => ctx.python.questions.find((q) => q.number === 60) ?? ctx.python.questions[0]!;
// The third of the author's questions: the app's own authoring routes work on the first two.
const v1Question = (ctx: TContext) => ctx.bank.questionIds[2]!;
const headOf = async (ctx: TContext, id: string) => (await ctx.db.question.findUniqueOrThrow({ where: { id }, select: { headVersion: true } })).headVersion;

/** A fresh quiz of the actor's, started through the API (a placeholder id for anonymous, who gets 401 first). */
async function startQuiz(ctx: TContext, actor: TActor): Promise<string> {
  if (!actor.token) return "no-quiz";
  const res = await ctx.as(actor, post(actor, "/api/v1/quizzes", { bank: "python", count: 3 }));
  return res.status === 201 ? dataOf<{ id: string }>(res.text).id : "no-quiz";
}

export const V1_ROUTES: TRoute[] = [
  { name: "GET /api/docs", access: "public", ok: 200, build: () => ({ method: "GET", path: "/api/docs", headers: {} }) },
  { name: "GET /api/v1/openapi.json", access: "public", ok: 200, build: () => ({ method: "GET", path: "/api/v1/openapi.json", headers: {} }) },
  { name: "GET /api/me/tokens", access: "learner-api", ok: 200, build: () => ({ method: "GET", path: "/api/me/tokens", headers: {} }) },
  {
    name: "POST /api/me/tokens",
    access: "learner-api",
    ok: 201,
    fields: ["name", "scopes"],
    build: () => jsonRequest("POST", "/api/me/tokens", { name: "A second script", scopes: ["read"] }, ""),
  },
  {
    name: "DELETE /api/me/tokens/:id",
    access: "learner-api",
    ok: 200,
    // A token made for the purpose, so the actor's own keeps working.
    build: async (ctx, actor) => {
      if (!actor.role) return { method: "DELETE", path: "/api/me/tokens/none", headers: {} };
      const made = await ctx.as(actor, jsonRequest("POST", "/api/me/tokens", { name: "To revoke", scopes: ["read"] }, ""));
      return { method: "DELETE", path: `/api/me/tokens/${dataOf<{ id: string }>(made.text).id}`, headers: {} };
    },
  },
  { name: "GET /api/v1/me", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/me") },
  { name: "GET /api/v1/banks", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/banks?limit=5") },
  { name: "GET /api/v1/banks/:bank", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/banks/python") },
  { name: "GET /api/v1/questions", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/questions?bank=python&limit=10") },
  { name: "GET /api/v1/questions/:id", access: "learner-api", ok: 200, build: (ctx, actor) => get(actor, `/api/v1/questions/${python60(ctx).id}`) },
  { name: "GET /api/v1/questions/:id/items", access: "learner-api", ok: 200, build: (ctx, actor) => get(actor, `/api/v1/questions/${python60(ctx).id}/items`) },
  {
    name: "POST /api/v1/quizzes",
    access: "learner-api",
    ok: 201,
    fields: ["bank", "count", "tags", "difficulty"],
    build: (_ctx, actor) => post(actor, "/api/v1/quizzes", { bank: "python", count: 3 }),
  },
  { name: "GET /api/v1/quizzes/:id", access: "learner-api", ok: 200, build: async (ctx, actor) => get(actor, `/api/v1/quizzes/${await startQuiz(ctx, actor)}`) },
  {
    name: "POST /api/v1/quizzes/:id/answers",
    access: "learner-api",
    ok: 201,
    fields: ["position", "response", "durationMs", "idempotencyKey"],
    build: async (ctx, actor) => {
      const quizId = await startQuiz(ctx, actor);
      const res = await ctx.as(actor, get(actor, `/api/v1/quizzes/${quizId}`));
      const first = res.status === 200 ? dataOf<{ items: (TItemView & { position: number })[] }>(res.text).items[0] : undefined;
      return post(actor, `/api/v1/quizzes/${quizId}/answers`, {
        position: first?.position ?? 0,
        response: first ? respondToView(first) : { kind: "recall", rating: "good" },
        idempotencyKey: crypto.randomUUID(),
        durationMs: 3000,
      });
    },
  },
  {
    name: "POST /api/v1/quizzes/:id/finish",
    access: "learner-api",
    ok: 200,
    build: async (ctx, actor) => post(actor, `/api/v1/quizzes/${await startQuiz(ctx, actor)}/finish`, undefined),
  },
  {
    name: "POST /api/v1/attempts",
    access: "learner-api",
    ok: 201,
    fields: ["kind", "questionId", "rating", "durationMs", "idempotencyKey"],
    build: (ctx, actor) =>
      post(actor, "/api/v1/attempts", { kind: "self_assess", questionId: python60(ctx).id, rating: "knew", durationMs: 1000, idempotencyKey: crypto.randomUUID() }),
  },
  { name: "GET /api/v1/attempts", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/attempts?limit=5") },
  { name: "GET /api/v1/review", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/review?bank=python") },
  {
    name: "POST /api/v1/review/answers",
    access: "learner-api",
    ok: 201,
    fields: ["ref", "response", "idempotencyKey", "durationMs"],
    // The first item of the actor's queue as the API serves it.
    build: async (ctx, actor) => {
      const res = actor.token ? await ctx.as(actor, get(actor, "/api/v1/review?bank=python")) : null;
      const entry = res?.status === 200 ? dataOf<{ entries: (TItemView & { ref: string })[] }>(res.text).entries[0] : undefined;
      return post(actor, "/api/v1/review/answers", {
        ref: entry?.ref ?? "card:none",
        response: entry ? respondToView(entry) : { kind: "recall", rating: "good" },
        idempotencyKey: crypto.randomUUID(),
        durationMs: 4000,
      });
    },
  },
  { name: "GET /api/v1/progress", access: "learner-api", ok: 200, build: (_ctx, actor) => get(actor, "/api/v1/progress") },
  {
    name: "POST /api/v1/banks/:bank/questions",
    access: "author-api",
    ok: 201,
    fields: ["title", "difficulty", "tags"],
    build: (ctx, actor) =>
      post(actor, `/api/v1/banks/${ctx.bank.slug}/questions`, { title: `Made through the API ${crypto.randomUUID().slice(0, 8)}`, difficulty: "easy", tags: ["fuzz"] }),
  },
  { name: "GET /api/v1/questions/:id/draft", access: "author-api", ok: 200, build: (ctx, actor) => get(actor, `/api/v1/questions/${v1Question(ctx)}/draft`) },
  {
    name: "POST /api/v1/questions/:id/versions",
    access: "author-api",
    ok: 201,
    fields: ["baseVersion", "content", "note"],
    build: async (ctx, actor) => {
      const id = v1Question(ctx);
      const content = { title: "Fuzz question three", difficulty: "easy", tags: ["fuzz"], bodyMarkdown: `${DRAFT_BODY}\nSaved through the API ${Date.now()}.\n` };
      return post(actor, `/api/v1/questions/${id}/versions`, { baseVersion: await headOf(ctx, id), content, note: "from the role matrix" });
    },
  },
  {
    name: "POST /api/v1/questions/:id/publish",
    access: "author-api",
    ok: 200,
    fields: ["version"],
    build: async (ctx, actor) => post(actor, `/api/v1/questions/${v1Question(ctx)}/publish`, { version: await headOf(ctx, v1Question(ctx)) }),
  },
];
