// The public API walked through its own OpenAPI document, on this database: every operation in
// the document is called through its real route handler with a real token, every answer is
// checked against the schema the document gives its status, and every route file under
// app/api/v1 is in the document (and the other way round). Then the token rules: scopes, the
// per-minute limit, revoking, no Origin check for tokens, no session cookies.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/contracts/api-v1";
import { fillPath } from "@/lib/contracts/endpoint";
import { buildOpenApi } from "@/lib/server/api/build-openapi";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { API_PER_TOKEN, hitRateLimit } from "@/lib/server/data/rate-limits/hit-rate-limit";
import { createApiToken } from "@/lib/server/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/data/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/data/tokens/revoke-api-token";
import { createUser } from "@/lib/server/data/users/create-user";
import { hashApiToken } from "@/lib/server/auth/api-token";
import type { TActor } from "@/lib/server/permissions/roles";
import { questionText, writeFixtureBank } from "../support/fixture-bank";
import { createResponseChecker, findOperation, operationsOf, type TOpenApiDocument } from "../support/openapi-check";
import { uniqueSlug } from "../support/test-db";

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeFiles = import.meta.glob<Record<string, THandler | unknown>>("/app/api/v1/**/route.ts", { eager: true });

const TABLE = [
  "| Aspect | Threading | Async |",
  "|---|---|---|",
  "| Switching | The OS may pre-empt at any bytecode | Only at explicit await points |",
  "| Blocking call | Stalls only the caller | Stalls every task on the loop |",
  "| Memory per unit | About 8 MB of reserved stack | A few kilobytes |",
].join("\n");

const slug = uniqueSlug("api");
const doc = buildOpenApi() as unknown as TOpenApiDocument;
const check = createResponseChecker(doc);
let learner: TActor;
let author: TActor;
const tokens = { learner: "", author: "", readOnly: "" };
const ids = { question: "", second: "" };

beforeAll(async () => {
  const dir = writeFixtureBank(slug, [
    { file: "001-a.md", text: questionText({ number: 1, title: "Threads and async", body: `Intro.\n\n${TABLE}`, tags: ["concurrency"], difficulty: "medium" }) },
    { file: "002-b.md", text: questionText({ number: 2, title: "Plain recall", body: "Just prose.", tags: ["basics"] }) },
  ]);
  expect((await importContent({ dir })).errors).toEqual([]);
  const rows = await db.question.findMany({ where: { bank: { slug } }, orderBy: { number: "asc" }, select: { id: true } });
  ids.question = rows[0]!.id;
  ids.second = rows[1]!.id;
  const l = await createUser({ name: "Script", email: `script-${slug}@example.com`, password: "a-long-password" });
  const a = await createUser({ name: "Writer", email: `writer-${slug}@example.com`, password: "a-long-password", role: "author" });
  learner = { id: l.id, role: l.role };
  author = { id: a.id, role: a.role };
  tokens.learner = (await createApiToken({ actor: learner, input: { name: "sync script", scopes: ["read", "write"] } })).token;
  tokens.readOnly = (await createApiToken({ actor: learner, input: { name: "dashboard", scopes: ["read"] } })).token;
  tokens.author = (await createApiToken({ actor: author, input: { name: "editor", scopes: ["read", "write", "author"] } })).token;
});
afterAll(() => db.$disconnect());

/** The route file that serves a document path: `{quizId}` is the folder `[quizId]`. */
function handlerFor(path: string, method: string): THandler {
  const file = `/app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
  const handler = routeFiles[file]?.[method];
  if (typeof handler !== "function") throw new Error(`no ${method} handler in ${file}`);
  return handler as THandler;
}

type TCall = { params?: Record<string, string>; query?: Record<string, string>; body?: unknown; token?: string | null; headers?: Record<string, string> };

/** Calls an operation the way the document describes it, through its route handler. */
async function call(operationId: string, input: TCall = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const { path, method } = findOperation(doc, operationId);
  const url = new URL(`http://api.test${fillPath(path, input.params)}`);
  for (const [name, value] of Object.entries(input.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { ...input.headers };
  if (input.token !== null) headers.authorization = `Bearer ${input.token ?? tokens.learner}`;
  if (input.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(url, { method, headers, body: input.body === undefined ? undefined : JSON.stringify(input.body) });
  const response = await handlerFor(path, method)(request, { params: Promise.resolve(input.params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Calls and checks the answer against the document; returns `data`. */
async function expectOk<T = unknown>(operationId: string, input: TCall, status = 200): Promise<T> {
  const res = await call(operationId, input);
  expect(check(operationId, res.status, res.body), operationId).toBe("");
  expect(res.status, `${operationId}: ${JSON.stringify(res.body)}`).toBe(status);
  return (res.body as { data: T }).data;
}

describe("the OpenAPI document", () => {
  it("lists every route file under app/api/v1, and each operation has one", () => {
    const fromFiles = Object.entries(routeFiles).flatMap(([file, module]) =>
      Object.keys(module as object)
        .filter((name) => ["GET", "POST", "PUT", "PATCH", "DELETE"].includes(name))
        .map(
          (method) =>
            `${method} ${file
              .replace(/^\/app/, "")
              .replace(/\/route\.ts$/, "")
              .replace(/\[(\w+)\]/g, "{$1}")}`,
        ),
    );
    const fromDocument = operationsOf(doc).map((o) => `${o.method} ${o.path}`);
    expect(fromFiles.sort()).toEqual(fromDocument.sort());
    expect(fromDocument.length).toBe(Object.keys(API_V1).length);
  });

  it("is what GET /api/v1/openapi.json serves, without a token", async () => {
    const res = await call("getOpenApi", { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(check("getOpenApi", 200, res.body)).toBe("");
  });

  it("refuses answers that do not fit it, so the walk below can fail", () => {
    const me = { id: "u1", name: null, role: "learner", token: { id: "t1", scopes: ["read"] } };
    expect(check("getMe", 200, { data: me })).toBe("");
    expect(check("getMe", 200, { data: { ...me, role: "owner" } })).toMatch(/allowed values/);
    expect(check("getMe", 200, { data: { ...me, passwordHash: "x" } })).toMatch(/additional properties/);
    expect(check("getMe", 200, me)).not.toBe("");
    expect(check("getMe", 418, { data: me })).toMatch(/does not list/);
    expect(check("getMe", 401, { error: { code: "NOPE", message: "x" } })).not.toBe("");
    expect(check("listAttempts", 200, { data: { items: [], nextCursor: null } })).toBe("");
    expect(check("listAttempts", 200, { data: { items: [{ id: "a", createdAt: "yesterday" }], nextCursor: null } })).not.toBe("");
  });

  it("declares every path parameter it uses and a security scope for every token operation", () => {
    for (const { path, operation } of operationsOf(doc)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(declared.sort(), path).toEqual(inPath.sort());
    }
  });
});

describe("walking every operation", () => {
  it("answers each one as documented, with a learner's and an author's token", async () => {
    const seen = new Set<string>();
    const ok = async <T = unknown>(operationId: string, input: TCall = {}, status = 200) => {
      seen.add(operationId);
      return expectOk<T>(operationId, input, status);
    };
    seen.add("getOpenApi");

    const me = await ok<{ id: string; token: { scopes: string[] } }>("getMe");
    expect(me).toMatchObject({ id: learner.id, token: { scopes: ["read", "write"] } });

    // Banks, a page at a time, and the fixture bank among them.
    const banks: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ok<{ items: { slug: string }[]; nextCursor: string | null }>("listBanks", { query: { limit: "1", ...(cursor ? { cursor } : {}) } });
      expect(page.items.length).toBeLessThanOrEqual(1);
      banks.push(...page.items.map((b) => b.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(banks).toContain(slug);
    expect([...banks].sort()).toEqual(banks);
    const bank = await ok<{ tags: { tag: string }[] }>("getBank", { params: { bank: slug } });
    expect(bank.tags.map((t) => t.tag)).toEqual(["basics", "concurrency"]);

    const questions = await ok<{ items: { id: string; number: number }[]; nextCursor: string | null }>("listQuestions", { query: { bank: slug, limit: "1" } });
    expect(questions.items.map((q) => q.number)).toEqual([1]);
    const rest = await ok<{ items: { id: string; number: number }[]; nextCursor: string | null }>("listQuestions", { query: { bank: slug, cursor: questions.nextCursor! } });
    expect(rest).toMatchObject({ items: [{ number: 2 }], nextCursor: null });
    expect((await ok<{ items: unknown[] }>("listQuestions", { query: { bank: slug, q: "PLAIN" } })).items).toHaveLength(1);
    expect((await ok<{ items: unknown[] }>("listQuestions", { query: { bank: slug, tag: "concurrency", difficulty: "medium" } })).items).toHaveLength(1);
    const question = await ok<{ version: { markdown: string; html: string } }>("getQuestion", { params: { questionId: ids.question } });
    expect(question.version.markdown).toContain("| Aspect |");
    expect(question.version.html).toContain("<td>Stalls only the caller</td>");
    const items = await ok<{ items: { key: string; kind: string }[] }>("listQuestionItems", { params: { questionId: ids.question } });
    expect(items.items.length).toBeGreaterThan(1);
    expect(JSON.stringify(items)).not.toMatch(/"answer"|"explanation"/);

    // A quiz from start to finish.
    const quiz = await ok<{ id: string }>("startQuiz", { body: { bank: slug, count: 3, feedback: "immediate" } }, 201);
    const view = await ok<{ items: { position: number; kind: string; options: string[]; items: string[] | null }[] }>("getQuiz", { params: { quizId: quiz.id } });
    const first = view.items[0]!;
    const key = crypto.randomUUID();
    const answer = { position: first.position, response: someResponse(first), idempotencyKey: key, durationMs: 3000 };
    await ok("answerQuizItem", { params: { quizId: quiz.id }, body: answer }, 201);
    await ok("answerQuizItem", { params: { quizId: quiz.id }, body: answer }, 200);
    await ok("finishQuiz", { params: { quizId: quiz.id } });

    // Attempts: a self-assessment, then the list with its cursor.
    await ok("createAttempt", { body: { kind: "self_assess", questionId: ids.second, rating: "knew", idempotencyKey: crypto.randomUUID() } }, 201);
    const attempts = await ok<{ items: { question: { id: string } }[]; nextCursor: string | null }>("listAttempts", { query: { limit: "1" } });
    expect(attempts.items[0]?.question.id).toBe(ids.second);
    const older = await ok<{ items: { question: { id: string } }[] }>("listAttempts", { query: { cursor: attempts.nextCursor! } });
    expect(older.items[0]?.question.id).toBe(ids.question);
    expect((await ok<{ items: unknown[] }>("listAttempts", { query: { questionId: ids.second } })).items).toHaveLength(1);

    // The review queue and one answer in it.
    const queue = await ok<{ entries: { ref: string; kind: string; options: string[]; items: string[] | null }[] }>("getReviewQueue", { query: { bank: slug } });
    const entry = queue.entries[0]!;
    await ok("answerReview", { body: { ref: entry.ref, response: someResponse(entry), idempotencyKey: crypto.randomUUID() } }, 201);
    const progress = await ok<{ today: { reviews: number } }>("getProgress");
    expect(progress.today.reviews).toBeGreaterThanOrEqual(3);

    // Authoring: a new question, a draft, a save, a save that changes nothing, publishing.
    const asAuthor = { token: tokens.author };
    const created = await ok<{ id: string }>(
      "createQuestion",
      { ...asAuthor, params: { bank: slug }, body: { title: "Made by a script", difficulty: "easy", tags: ["scripted"] } },
      201,
    );
    const draft = await ok<{ headVersion: number; content: { title: string; difficulty: string; tags: string[] } }>("getQuestionDraft", {
      ...asAuthor,
      params: { questionId: created.id },
    });
    const content = { ...draft.content, bodyMarkdown: "A body written over the API." };
    const saved = await ok<{ version: number }>(
      "saveQuestionVersion",
      { ...asAuthor, params: { questionId: created.id }, body: { baseVersion: draft.headVersion, content, note: "from a script" } },
      201,
    );
    await ok("saveQuestionVersion", { ...asAuthor, params: { questionId: created.id }, body: { baseVersion: saved.version, content } }, 200);
    await ok("publishQuestionVersion", { ...asAuthor, params: { questionId: created.id }, body: { version: saved.version } });
    expect((await ok<{ version: { markdown: string } }>("getQuestion", { params: { questionId: created.id } })).version.markdown).toContain("over the API");

    expect([...seen].sort()).toEqual(Object.keys(API_V1).sort());
  });

  it("answers a GET with an ETag and a repeat carrying it with a 304 and no body", async () => {
    const first = await call("getBank", { params: { bank: slug } });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await call("getBank", { params: { bank: slug }, headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(check("getBank", 304, again.body)).toBe("");
    expect((await call("getBank", { params: { bank: slug }, headers: { "if-none-match": 'W/"other"' } })).status).toBe(200);
  });

  it("answers bad input and unknown ids with documented errors", async () => {
    const cases: [string, TCall, number][] = [
      ["getQuestion", { params: { questionId: "no-such-question" } }, 404],
      ["getQuestion", { params: { questionId: "x".repeat(65) } }, 404],
      ["getBank", { params: { bank: "no-such-bank" } }, 404],
      ["getQuiz", { params: { quizId: "no-such-quiz" } }, 404],
      ["listQuestions", { query: { limit: "0" } }, 400],
      ["listQuestions", { query: { cursor: "not-a-cursor" } }, 400],
      ["listQuestions", { query: { sort: "title" } }, 400],
      ["startQuiz", { body: { bank: slug, count: 500 } }, 400],
      ["createAttempt", { body: { kind: "self_assess", questionId: ids.question, rating: "knew" } }, 400],
      ["answerReview", { body: { ref: "card:nope", response: { kind: "recall", rating: "good" }, idempotencyKey: crypto.randomUUID() } }, 404],
    ];
    for (const [operationId, input, status] of cases) {
      const res = await call(operationId, input);
      expect(res.status, `${operationId} ${JSON.stringify(input)}`).toBe(status);
      expect(check(operationId, res.status, res.body)).toBe("");
    }
  });
});

describe("tokens", () => {
  it("are refused without the operation's scope, and author work needs an author", async () => {
    const write = await call("startQuiz", { token: tokens.readOnly, body: { bank: slug } });
    expect(write.status).toBe(403);
    expect(check("startQuiz", 403, write.body)).toBe("");
    expect((await call("getQuestionDraft", { params: { questionId: ids.question } })).status).toBe(403);
    await expect(createApiToken({ actor: learner, input: { name: "sneaky", scopes: ["author"] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("are stored only as a keyed hash, shown once and listed by hint", async () => {
    const stored = await db.apiToken.findMany({ where: { userId: learner.id }, select: { tokenHash: true, hint: true } });
    expect(stored.map((t) => t.tokenHash)).toContain(hashApiToken(tokens.learner));
    expect(JSON.stringify(stored)).not.toContain(tokens.learner);
    const listed = await listApiTokens({ actor: learner });
    expect(listed.map((t) => t.name).sort()).toEqual(["dashboard", "sync script"]);
    expect(JSON.stringify(listed)).not.toContain(tokens.learner);
    expect(tokens.learner.startsWith(listed.find((t) => t.name === "sync script")!.hint)).toBe(true);
  });

  it("need Authorization: a session cookie alone, a malformed header or an unknown token is a 401", async () => {
    const cases: Record<string, string>[] = [{ cookie: "next-auth.session-token=anything" }, { authorization: "Basic abc" }, { authorization: `Bearer ilt_${"A".repeat(43)}` }];
    for (const headers of cases) {
      const res = await call("getMe", { token: null, headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(check("getMe", 401, res.body)).toBe("");
    }
  });

  it("are exempt from the Origin check that guards cookie-signed writes", async () => {
    const res = await call("createAttempt", {
      headers: { origin: "http://elsewhere.example", "sec-fetch-site": "cross-site" },
      body: { kind: "self_assess", questionId: ids.question, rating: "review", idempotencyKey: crypto.randomUUID() },
    });
    expect(res.status).toBe(201);
  });

  it("are limited per minute with a 429 and Retry-After, each token on its own count", async () => {
    const { token } = await createApiToken({ actor: learner, input: { name: "busy", scopes: ["read"] } });
    // The count is per clock minute: start early in one, so all the hits below land in the same.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));
    const ok = await call("getMe", { token });
    expect(ok.headers.get("x-ratelimit-remaining")).toBe(String(API_PER_TOKEN.limit - 1));
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) }, select: { id: true } });
    for (let i = 1; i < API_PER_TOKEN.limit; i++) await hitRateLimit({ rule: API_PER_TOKEN, subject: row.id });
    const limited = await call("getMe", { token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(check("getMe", 429, limited.body)).toBe("");
    // Another token of the same user has its own budget.
    expect((await call("getMe", { token: tokens.readOnly })).status).toBe(200);
  });

  it("stop working at once when revoked, and cannot be revoked by someone else", async () => {
    const made = await createApiToken({ actor: learner, input: { name: "short-lived", scopes: ["read"] } });
    expect((await call("getMe", { token: made.token })).status).toBe(200);
    await expect(revokeApiToken({ actor: author, tokenId: made.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiToken({ actor: learner, tokenId: made.id });
    const res = await call("getMe", { token: made.token });
    expect(res.status).toBe(401);
    expect((res.body as { error: { message: string } }).error.message).toMatch(/revoked/);
  });

  it("are capped per user", async () => {
    const user = await createUser({ name: "Many", email: `many-${slug}@example.com`, password: "a-long-password" });
    const actor = { id: user.id, role: user.role };
    for (let i = 0; i < 20; i++) await createApiToken({ actor, input: { name: `t${i}`, scopes: ["read"] } });
    await expect(createApiToken({ actor, input: { name: "one too many", scopes: ["read"] } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the route files", () => {
  it("are thin: each binds an endpoint of lib/contracts/api-v1.ts with handleRoute", () => {
    for (const file of Object.keys(routeFiles)) {
      const source = readFileSync(`.${file}`, "utf8");
      expect(source, file).toMatch(/handleRoute\(API_V1\.\w+/);
      expect(source, file).not.toMatch(/@\/lib\/server\/db|prisma/i);
    }
  });
});

/** Some valid answer for an item, right or wrong: what a script that knows nothing would send. */
function someResponse(item: { kind: string; options: string[]; items: string[] | null }) {
  switch (item.kind) {
    case "single_choice":
    case "true_false":
      return { kind: item.kind, choice: 0 };
    case "multiple_choice":
      return { kind: item.kind, choices: [0] };
    case "ordering":
      return { kind: item.kind, order: item.options.map((_, i) => i) };
    case "matching":
      return { kind: item.kind, pairs: (item.items ?? []).map((_, i) => [i, i % item.options.length]) };
    case "short_text":
      return { kind: item.kind, text: "a guess" };
    default:
      return { kind: "recall", rating: "good" };
  }
}
