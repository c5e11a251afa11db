// Every page and route handler of the app, each with a well-formed request an actor of its own
// would send and who may send it. The role matrix sends each as anonymous, learner, author and
// admin and checks the status; the fuzzer starts from these requests and breaks them.
import { respondToView } from "../lib/respond-to-view";
import { DRAFT_BODY, type TActor, type TContext, type TRole } from "./fuzz-context";
import { jsonRequest, type TRawRequest } from "./http";
import { V1_ROUTES } from "./routes-v1";

/**
 * Who may use a route:
 * - public: everyone, 200
 * - learner-page: a page for the signed-in; anonymous is sent to sign-in (307)
 * - author-page: anonymous to sign-in (307), a learner gets the 403 page
 * - learner-api: anonymous 401, every signed-in role the route's success status
 * - author-api: anonymous 401, learner 403, author and admin the success status
 */
export type TAccess = "public" | "learner-page" | "author-page" | "learner-api" | "author-api";

export type TRoute = {
  name: string;
  access: TAccess;
  /** the status of a well-formed request by someone allowed */
  ok: number;
  /** the request, built for `actor` (its own quiz, its own review, the author's bank) */
  build: (ctx: TContext, actor: TActor) => Promise<TRawRequest> | TRawRequest;
  /** after a success: what the actor needs next (a new session, a new password) */
  after?: (ctx: TContext, actor: TActor) => Promise<void>;
  /** the JSON body's fields the fuzzer replaces one at a time */
  fields?: string[];
};

const get = (path: string): TRawRequest => ({ method: "GET", path, headers: {} });
const post = (path: string, body: unknown): TRawRequest => jsonRequest("POST", path, body, "");
const quizOf = (actor: TActor) => actor.quiz?.active ?? "no-quiz";
const anyQuestion = (ctx: TContext) => ctx.python.questions.find((q) => q.number === 60) ?? ctx.python.questions[0]!;
const firstAuthored = (ctx: TContext) => ctx.bank.questionIds[0]!;
const head = async (ctx: TContext, questionId: string) => (await ctx.db.question.findUniqueOrThrow({ where: { id: questionId }, select: { headVersion: true } })).headVersion;
const numberOf = async (ctx: TContext, questionId: string) => (await ctx.db.question.findUniqueOrThrow({ where: { id: questionId }, select: { number: true } })).number;

export const ROUTES: TRoute[] = [
  // Pages
  { name: "GET /", access: "public", ok: 200, build: () => get("/") },
  { name: "GET /[bank]", access: "public", ok: 200, build: () => get("/python") },
  { name: "GET /[bank]/[number]", access: "public", ok: 200, build: () => get("/python/60") },
  { name: "GET /sign-in", access: "public", ok: 200, build: () => get("/sign-in") },
  { name: "GET /sign-up", access: "public", ok: 200, build: () => get("/sign-up") },
  { name: "GET /progress", access: "learner-page", ok: 200, build: () => get("/progress") },
  { name: "GET /review", access: "learner-page", ok: 200, build: () => get("/review") },
  { name: "GET /settings", access: "learner-page", ok: 200, build: () => get("/settings") },
  { name: "GET /account", access: "learner-page", ok: 200, build: () => get("/account") },
  { name: "GET /quiz/new", access: "learner-page", ok: 200, build: () => get("/quiz/new") },
  { name: "GET /quiz/[id]", access: "learner-page", ok: 200, build: (_ctx, actor) => get(`/quiz/${quizOf(actor)}`) },
  { name: "GET /author", access: "author-page", ok: 200, build: () => get("/author") },
  { name: "GET /author/[bank]", access: "author-page", ok: 200, build: (ctx) => get(`/author/${ctx.bank.slug}`) },
  { name: "GET /author/[bank]/[number]", access: "author-page", ok: 200, build: async (ctx) => get(`/author/${ctx.bank.slug}/${await numberOf(ctx, firstAuthored(ctx))}`) },
  {
    name: "GET /author/[bank]/[number]/items",
    access: "author-page",
    ok: 200,
    build: async (ctx) => get(`/author/${ctx.bank.slug}/${await numberOf(ctx, firstAuthored(ctx))}/items`),
  },
  { name: "GET /author/[bank]/analysis", access: "author-page", ok: 200, build: (ctx) => get(`/author/${ctx.bank.slug}/analysis`) },
  { name: "GET /author/[bank]/exchange", access: "author-page", ok: 200, build: (ctx) => get(`/author/${ctx.bank.slug}/exchange`) },

  // Learner API
  {
    name: "POST /api/attempts",
    access: "learner-api",
    ok: 201,
    fields: ["kind", "questionId", "rating", "durationMs", "idempotencyKey"],
    build: (ctx) => post("/api/attempts", { kind: "self_assess", questionId: anyQuestion(ctx).id, rating: "knew", durationMs: 1000, idempotencyKey: crypto.randomUUID() }),
  },
  {
    name: "POST /api/predictions",
    access: "learner-api",
    ok: 201,
    fields: ["questionId", "itemKey", "response", "durationMs", "idempotencyKey"],
    build: (ctx) => {
      const p = ctx.python.predictions[0]!;
      return post("/api/predictions", { questionId: p.questionId, itemKey: p.itemKey, response: respondToView(p.view), durationMs: 2000, idempotencyKey: crypto.randomUUID() });
    },
  },
  {
    name: "POST /api/quizzes",
    access: "learner-api",
    ok: 201,
    fields: ["bank", "tags", "difficulty", "count", "feedback", "source"],
    build: () => post("/api/quizzes", { bank: "python", count: 3 }),
  },
  { name: "GET /api/quizzes/:id", access: "learner-api", ok: 200, build: (_ctx, actor) => get(`/api/quizzes/${quizOf(actor)}`) },
  {
    name: "POST /api/quizzes/:id/answers",
    access: "learner-api",
    ok: 201,
    fields: ["position", "response", "durationMs", "idempotencyKey"],
    build: async (ctx, actor) => {
      // The first unanswered slot of the actor's active quiz, answered as a learner would.
      const quizId = quizOf(actor);
      const res = await ctx.as(actor, get(`/api/quizzes/${quizId}`));
      const items =
        res.status === 200
          ? (JSON.parse(res.text) as { data: { items: { position: number; answered: boolean; kind: never; options: string[]; items: string[] | null }[] } }).data.items
          : [];
      const open = items.find((i) => !i.answered);
      return post(`/api/quizzes/${quizId}/answers`, {
        position: open?.position ?? 0,
        response: open ? respondToView(open) : { kind: "recall", rating: "good" },
        idempotencyKey: crypto.randomUUID(),
        durationMs: 3000,
      });
    },
  },
  { name: "POST /api/quizzes/:id/finish", access: "learner-api", ok: 200, build: (_ctx, actor) => post(`/api/quizzes/${actor.quiz?.toFinish ?? "no-quiz"}/finish`, undefined) },
  { name: "POST /api/quizzes/:id/retake", access: "learner-api", ok: 200, build: (_ctx, actor) => post(`/api/quizzes/${actor.quiz?.finished ?? "no-quiz"}/retake`, undefined) },
  { name: "GET /api/review", access: "learner-api", ok: 200, build: () => get("/api/review?bank=python") },
  { name: "GET /api/review/summary", access: "learner-api", ok: 200, build: () => get("/api/review/summary") },
  { name: "GET /api/review/answer", access: "learner-api", ok: 200, build: (ctx) => get(`/api/review/answer?ref=new:${anyQuestion(ctx).id}`) },
  // The actor's review item is a recall card, which has no hint: a 400 from the data layer shows
  // the request got past authorization, which is what the matrix checks.
  { name: "POST /api/review/hint", access: "learner-api", ok: 400, fields: ["ref"], build: (_ctx, actor) => post("/api/review/hint", { ref: actor.review?.ref ?? "card:none" }) },
  {
    name: "POST /api/review/answers",
    access: "learner-api",
    ok: 201,
    fields: ["ref", "response", "idempotencyKey", "durationMs", "hinted"],
    build: (_ctx, actor) =>
      post("/api/review/answers", {
        ref: actor.review?.ref ?? "card:none",
        response: actor.review ? respondToView(actor.review.entry) : { kind: "recall", rating: "good" },
        idempotencyKey: crypto.randomUUID(),
        durationMs: 4000,
      }),
  },
  { name: "POST /api/review/undo", access: "learner-api", ok: 200, fields: ["logId"], build: (_ctx, actor) => post("/api/review/undo", { logId: actor.review?.logId ?? "none" }) },
  { name: "GET /api/me/progress", access: "learner-api", ok: 200, build: () => get("/api/me/progress") },
  { name: "GET /api/me/questions/:id", access: "learner-api", ok: 200, build: (ctx) => get(`/api/me/questions/${anyQuestion(ctx).id}`) },
  { name: "GET /api/me/settings", access: "learner-api", ok: 200, build: () => get("/api/me/settings") },
  {
    name: "PUT /api/me/settings",
    access: "learner-api",
    ok: 200,
    fields: ["desiredRetention", "newPerDay", "dailyGoal", "timeZone", "dayStartHour"],
    build: () => jsonRequest("PUT", "/api/me/settings", { desiredRetention: 0.9, newPerDay: 20, dailyGoal: 30, timeZone: "Europe/Paris", dayStartHour: 4 }, ""),
  },
  { name: "POST /api/me/time-zone", access: "learner-api", ok: 200, fields: ["timeZone"], build: () => post("/api/me/time-zone", { timeZone: "America/New_York" }) },
  { name: "GET /api/me/export", access: "learner-api", ok: 200, build: () => get("/api/me/export?data=attempts&format=json") },
  {
    name: "POST /api/me/password",
    access: "learner-api",
    ok: 200,
    fields: ["currentPassword", "newPassword"],
    build: (_ctx, actor) => {
      actor.pendingPassword = `${actor.password.split("~")[0]}~${Date.now().toString(36)}`;
      return post("/api/me/password", { currentPassword: actor.password, newPassword: actor.pendingPassword });
    },
    after: async (ctx, actor) => {
      actor.password = actor.pendingPassword ?? actor.password;
      await ctx.renew(actor);
    },
  },
  {
    name: "POST /api/me/sign-out-everywhere",
    access: "learner-api",
    ok: 200,
    build: () => post("/api/me/sign-out-everywhere", undefined),
    after: (ctx, actor) => ctx.renew(actor),
  },

  // Authoring API, on the author's own bank
  {
    name: "POST /api/author/banks",
    access: "author-api",
    ok: 201,
    fields: ["slug", "name", "emoji", "description"],
    build: (ctx) => post("/api/author/banks", { slug: `fz-${ctx.runId}-${Math.random().toString(36).slice(2, 8)}`, name: "Another", emoji: "🧪", description: "One more bank." }),
  },
  {
    name: "POST /api/author/questions",
    access: "author-api",
    ok: 201,
    fields: ["bank", "title", "difficulty", "tags", "number"],
    build: (ctx) => post("/api/author/questions", { bank: ctx.bank.slug, title: `Fuzz question ${Math.random().toString(36).slice(2, 8)}`, difficulty: "medium", tags: ["fuzz"] }),
  },
  {
    name: "POST /api/author/questions/:id/draft",
    access: "author-api",
    ok: 200,
    fields: ["baseVersion", "content", "note"],
    build: async (ctx) => {
      const id = firstAuthored(ctx);
      return post(`/api/author/questions/${id}/draft`, {
        baseVersion: await head(ctx, id),
        content: { title: "Fuzz question one", difficulty: "easy", tags: ["fuzz"], bodyMarkdown: `${DRAFT_BODY}\nSaved ${Date.now()}.\n` },
      });
    },
  },
  {
    name: "POST /api/author/questions/:id/preview",
    access: "author-api",
    ok: 200,
    fields: ["content"],
    build: (ctx) => post(`/api/author/questions/${firstAuthored(ctx)}/preview`, { content: { title: "Preview", difficulty: "easy", tags: [], bodyMarkdown: DRAFT_BODY } }),
  },
  {
    name: "POST /api/author/questions/:id/conflict",
    access: "author-api",
    ok: 200,
    fields: ["baseVersion", "content"],
    build: (ctx) =>
      post(`/api/author/questions/${firstAuthored(ctx)}/conflict`, { baseVersion: 1, content: { title: "Mine", difficulty: "easy", tags: [], bodyMarkdown: DRAFT_BODY } }),
  },
  {
    name: "POST /api/author/questions/:id/publish",
    access: "author-api",
    ok: 200,
    fields: ["version"],
    build: async (ctx) => {
      const id = firstAuthored(ctx);
      return post(`/api/author/questions/${id}/publish`, { version: await head(ctx, id) });
    },
  },
  {
    name: "POST /api/author/questions/:id/restore",
    access: "author-api",
    ok: 200,
    fields: ["version", "baseVersion"],
    build: async (ctx) => {
      const id = firstAuthored(ctx);
      return post(`/api/author/questions/${id}/restore`, { version: 2, baseVersion: await head(ctx, id) });
    },
  },
  { name: "GET /api/author/questions/:id/diff", access: "author-api", ok: 200, build: (ctx) => get(`/api/author/questions/${firstAuthored(ctx)}/diff?from=1&to=2`) },
  {
    name: "POST /api/author/questions/:id/move",
    access: "author-api",
    ok: 200,
    fields: ["to"],
    build: async (ctx) => {
      const id = ctx.bank.questionIds[2]!;
      return post(`/api/author/questions/${id}/move`, { to: (await numberOf(ctx, id)) === 1 ? 3 : 1 });
    },
  },
  {
    name: "POST /api/author/questions/:id/retire-item",
    access: "author-api",
    ok: 200,
    fields: ["itemKey", "retired", "reason"],
    build: async (ctx) => {
      const id = firstAuthored(ctx);
      const item = await ctx.db.quizItem.findFirstOrThrow({ where: { questionId: id, key: { not: "recall" } }, select: { key: true }, orderBy: { key: "asc" } });
      return post(`/api/author/questions/${id}/retire-item`, { itemKey: item.key, retired: true, reason: "Retired by the role matrix." });
    },
  },
  { name: "GET /api/author/banks/:bank/export", access: "author-api", ok: 200, build: (ctx) => get(`/api/author/banks/${ctx.bank.slug}/export?format=gift`) },
  {
    name: "POST /api/author/bank-imports",
    access: "author-api",
    ok: 200,
    // The preview of the author's own bank as exported: reads the zip, writes nothing.
    build: async (ctx) => {
      const zip = await ctx.as(ctx.actors.author, get(`/api/author/banks/${ctx.bank.slug}/export?format=folder`));
      return { method: "POST", path: `/api/author/bank-imports?into=${ctx.bank.slug}`, headers: { "content-type": "application/zip" }, body: zip.bytes };
    },
  },
  {
    name: "POST /api/author/questions/:id/archive",
    access: "author-api",
    ok: 200,
    fields: ["archived"],
    build: (ctx) => post(`/api/author/questions/${ctx.bank.questionIds[1]!}/archive`, { archived: false }),
  },

  // Accounts (next-auth's own endpoints and sign-up)
  { name: "GET /api/auth/csrf", access: "public", ok: 200, build: () => get("/api/auth/csrf") },
  { name: "GET /api/auth/session", access: "public", ok: 200, build: () => get("/api/auth/session") },
  {
    name: "POST /api/auth/sign-up",
    access: "public",
    ok: 201,
    fields: ["name", "email", "password"],
    build: (ctx) =>
      post("/api/auth/sign-up", { name: "New", email: `fz-new-${ctx.runId}-${Math.random().toString(36).slice(2, 10)}@example.com`, password: "a-long-enough-password" }),
  },

  // The public API, its document and the tokens that open it
  ...V1_ROUTES,
];

/** What `actor` should get for a well-formed request to `route`. */
export function expectedStatus(route: TRoute, role: TRole | null): number {
  switch (route.access) {
    case "public":
      return route.ok;
    case "learner-page":
      return role ? route.ok : 307;
    case "author-page":
      return role === null ? 307 : role === "learner" ? 403 : route.ok;
    case "learner-api":
      return role ? route.ok : 401;
    case "author-api":
      return role === null ? 401 : role === "learner" ? 403 : route.ok;
  }
}
