// The public API as an outside script meets it, against the served build: a learner makes a
// token on /settings (shown once), then a script that knows only that token and the OpenAPI
// document reads the banks, takes a quiz and does a review, checking every answer against the
// document's schemas; revoking the token on /settings stops the script. The reference page at
// /api/docs lists every operation and loads nothing from another site.
import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";
import { newLearner } from "../support/http";
import { createResponseChecker, findOperation, operationsOf, type TOpenApiDocument } from "../support/openapi-check";

const e2e = setUpBrowserAndDatabase();

type TCall = { params?: Record<string, string | number>; query?: Record<string, string>; body?: unknown };
type TAnswer = { status: number; body: unknown; headers: Headers };

/** A client built from the document alone: operationId → method and path → fetch with the token. */
function scriptClient(doc: TOpenApiDocument, token: string) {
  const check = createResponseChecker(doc);
  const problems: string[] = [];
  async function call(operationId: string, input: TCall = {}): Promise<TAnswer> {
    const { path, method } = findOperation(doc, operationId);
    const url = new URL(
      path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(input.params?.[name]))),
      baseUrl(),
    );
    for (const [name, value] of Object.entries(input.query ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (input.body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(url, { method, headers, body: input.body === undefined ? undefined : JSON.stringify(input.body) });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as unknown) : null;
    const problem = check(operationId, res.status, body);
    if (problem) problems.push(problem);
    return { status: res.status, body, headers: res.headers };
  }
  async function data<T>(operationId: string, input: TCall = {}): Promise<T> {
    const res = await call(operationId, input);
    if (res.status >= 300) throw new Error(`${operationId} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body as { data: T }).data;
  }
  return { call, data, problems };
}

/** Some valid answer for an item, right or wrong: a script that knows nothing answers like this. */
function anyResponse(item: { kind: string; options: string[]; items: string[] | null }) {
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

type TItem = { position: number; kind: string; options: string[]; items: string[] | null; answered: boolean };

describe("the public API, from a token made on /settings", () => {
  it("lets a script read the bank, take a quiz and do a review with the document alone, until the token is revoked", async () => {
    // Signed up and in over HTTP from an address of its own, so the browser tests' sign-up budget
    // on 127.0.0.1 is left alone; the browser takes the session cookies.
    const owner = await newLearner("script-owner", "127.0.0.91");
    const context = await e2e.browser.newContext();
    await context.addCookies(owner.cookies.map((cookie) => ({ name: cookie.split("=")[0]!, value: cookie.slice(cookie.indexOf("=") + 1), url: baseUrl() })));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/settings`);
    const form = page.getByTestId("new-token-form");
    await form.getByLabel("Token name").fill("flashcard sync");
    await form.getByRole("checkbox", { name: /^write/ }).check();
    await expect(form.getByRole("checkbox", { name: /^author/ }).isDisabled()).resolves.toBe(true);
    await form.getByRole("button", { name: "Make token" }).click();
    const token = (await page.getByTestId("new-token-value").textContent())?.trim() ?? "";
    expect(token).toMatch(/^ilt_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId("token-row").filter({ hasText: "flashcard sync" }).waitFor();

    // Shown once: after a reload the page lists the token by its hint, never the token itself.
    await page.reload();
    await page.getByTestId("token-row").filter({ hasText: "flashcard sync" }).waitFor();
    expect(await page.content()).not.toContain(token);
    const stored = await e2e.db.apiToken.findFirstOrThrow({ where: { name: "flashcard sync", user: { email: owner.email } }, select: { tokenHash: true, hint: true } });
    expect(stored.tokenHash).not.toContain(token.slice(4));
    expect(token.startsWith(stored.hint)).toBe(true);

    // The script: it fetches the document without a token, then works from operationIds.
    const docRes = await fetch(new URL("/api/v1/openapi.json", baseUrl()));
    expect(docRes.status).toBe(200);
    const doc = (await docRes.json()) as TOpenApiDocument;
    const api = scriptClient(doc, token);

    expect(await api.data<{ name: string; token: { scopes: string[] } }>("getMe")).toMatchObject({ name: "script-owner", token: { scopes: ["read", "write"] } });
    // The largest bank: other browser tests add small banks of their own.
    const banks = await api.data<{ items: { slug: string; questionCount: number }[] }>("listBanks");
    const bank = banks.items.reduce((a, b) => (b.questionCount > a.questionCount ? b : a));
    expect(bank.questionCount).toBeGreaterThan(5);
    await api.data("getBank", { params: { bank: bank.slug } });
    const questions = await api.data<{ items: { id: string }[]; nextCursor: string | null }>("listQuestions", { query: { bank: bank.slug, limit: "5" } });
    expect(questions.items).toHaveLength(5);
    expect(questions.nextCursor).not.toBeNull();
    const next = await api.data<{ items: { id: string }[] }>("listQuestions", { query: { bank: bank.slug, limit: "5", cursor: questions.nextCursor! } });
    expect(next.items.map((q) => q.id)).not.toContain(questions.items[0]!.id);
    const question = await api.data<{ version: { html: string } }>("getQuestion", { params: { questionId: questions.items[0]!.id } });
    expect(question.version.html.length).toBeGreaterThan(0);
    await api.data("listQuestionItems", { params: { questionId: questions.items[0]!.id } });

    // A GET repeated with its ETag is a 304.
    const first = await api.call("getBank", { params: { bank: bank.slug } });
    const etag = first.headers.get("etag")!;
    const repeat = await fetch(new URL(`/api/v1/banks/${bank.slug}`, baseUrl()), { headers: { authorization: `Bearer ${token}`, "if-none-match": etag } });
    expect(repeat.status).toBe(304);

    // A quiz, answered item by item, then finished.
    const quiz = await api.data<{ id: string }>("startQuiz", { body: { bank: bank.slug, count: 3, feedback: "immediate" } });
    const view = await api.data<{ items: TItem[] }>("getQuiz", { params: { quizId: quiz.id } });
    expect(view.items).toHaveLength(3);
    for (const item of view.items) {
      const answered = await api.call("answerQuizItem", {
        params: { quizId: quiz.id },
        body: { position: item.position, response: anyResponse(item), idempotencyKey: crypto.randomUUID(), durationMs: 2000 },
      });
      expect(answered.status).toBe(201);
    }
    await api.data("finishQuiz", { params: { quizId: quiz.id } });
    const finished = await api.data<{ status: string; score: { answered: number } }>("getQuiz", { params: { quizId: quiz.id } });
    expect(finished).toMatchObject({ status: "finished", score: { answered: 3 } });

    // A review: the queue, one answer, and the progress that counts it.
    const queue = await api.data<{ entries: ({ ref: string } & TItem)[] }>("getReviewQueue", { query: { bank: bank.slug } });
    expect(queue.entries.length).toBeGreaterThan(0);
    const entry = queue.entries[0]!;
    const reviewed = await api.call("answerReview", { body: { ref: entry.ref, response: anyResponse(entry), idempotencyKey: crypto.randomUUID() } });
    expect(reviewed.status).toBe(201);
    const progress = await api.data<{ today: { reviews: number } }>("getProgress");
    expect(progress.today.reviews).toBeGreaterThanOrEqual(4);
    const attempts = await api.data<{ items: { quizId: string | null }[] }>("listAttempts", { query: { limit: "10" } });
    expect(attempts.items.filter((a) => a.quizId === quiz.id)).toHaveLength(3);

    // The read/write token cannot author, and every answer so far fit the document.
    expect((await api.call("getQuestionDraft", { params: { questionId: questions.items[0]!.id } })).status).toBe(403);
    expect(api.problems).toEqual([]);

    // Revoked on /settings: the script's next request is refused.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke flashcard sync" }).click();
    await page.getByTestId("token-row").filter({ hasText: "flashcard sync" }).waitFor({ state: "detached" });
    const refused = await api.call("getMe");
    expect(refused.status).toBe(401);
    expect(api.problems).toEqual([]);
    await context.close();
  });

  it("answers every parameterless GET in the document without a token as a documented 401", async () => {
    const doc = (await (await fetch(new URL("/api/v1/openapi.json", baseUrl()))).json()) as TOpenApiDocument;
    const check = createResponseChecker(doc);
    for (const { path, method, operation } of operationsOf(doc)) {
      if (method !== "GET" || path.includes("{") || operation.operationId === "getOpenApi") continue;
      const res = await fetch(new URL(path, baseUrl()));
      expect(res.status, path).toBe(401);
      expect(check(operation.operationId, 401, await res.json())).toBe("");
    }
  });
});

describe("/api/docs", () => {
  it("shows every operation of the document and loads nothing from another site", async () => {
    const doc = (await (await fetch(new URL("/api/v1/openapi.json", baseUrl()))).json()) as TOpenApiDocument;
    const page = await e2e.browser.newPage();
    const origins = new Set<string>();
    page.on("request", (request) => void origins.add(new URL(request.url()).origin));
    const res = await page.goto(`${baseUrl()}/api/docs`);
    expect(res?.status()).toBe(200);
    await page.getByTestId("api-docs").waitFor();
    expect(await page.getByTestId("api-operation").count()).toBe(operationsOf(doc).length);
    for (const { operation } of operationsOf(doc)) expect(await page.locator(`[id="${operation.operationId}"]`).count(), operation.operationId).toBe(1);
    await expect(page.getByRole("heading", { name: /Interleave API/ }).isVisible()).resolves.toBe(true);
    expect([...origins]).toEqual([new URL(baseUrl()).origin]);
    await page.close();
  });
});
