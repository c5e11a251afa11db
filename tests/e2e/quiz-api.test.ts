// Tampered quiz requests against the real HTTP endpoints: each gets a 4xx with a clear
// message, and nothing is stored.
import type { APIRequestContext, BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase, signUpNewLearner } from "../support/browser";

const e2e = setUpBrowserAndDatabase();

async function signedInContext(label: string): Promise<BrowserContext> {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await signUpNewLearner(page, label);
  await page.close();
  return context;
}

async function post(request: APIRequestContext, path: string, data: unknown) {
  const res = await request.post(`${baseUrl()}${path}`, {
    data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
    headers: { "content-type": "application/json" },
  });
  return { status: res.status(), body: (await res.json()) as { data?: { id: string }; error?: { code: string; message: string } } };
}

describe("quiz API", () => {
  it("rejects tampered answers with 4xx and a message, and stores nothing", async () => {
    const owner = await signedInContext("owner");
    const other = await signedInContext("other");
    const anonymous = await e2e.browser.newContext();
    const started = await post(owner.request, "/api/quizzes", { bank: "python", count: 2, source: "generated" });
    expect(started.status).toBe(201);
    const quizId = started.body.data!.id;
    const answers = `/api/quizzes/${quizId}/answers`;
    const key = () => crypto.randomUUID();
    const before = await e2e.db.attempt.count({ where: { quizSessionId: quizId } });

    const cases: [string, APIRequestContext, string, unknown, number, RegExp][] = [
      [
        "option index out of range",
        owner.request,
        answers,
        { position: 0, response: { kind: "single_choice", choice: 99 }, idempotencyKey: key() },
        400,
        /does not fit|out of range|kind/i,
      ],
      ["wrong shape", owner.request, answers, { position: 0, response: { kind: "single_choice" }, idempotencyKey: key() }, 400, /response/],
      ["not JSON", owner.request, answers, "{oops", 400, /must be JSON/],
      ["unknown item", owner.request, answers, { position: 9, response: { kind: "single_choice", choice: 0 }, idempotencyKey: key() }, 400, /no item at position 9/],
      ["unknown quiz", owner.request, "/api/quizzes/nope/answers", { position: 0, response: { kind: "single_choice", choice: 0 }, idempotencyKey: key() }, 404, /does not exist/],
      ["someone else's quiz", other.request, answers, { position: 0, response: { kind: "single_choice", choice: 0 }, idempotencyKey: key() }, 404, /does not exist/],
      ["not signed in", anonymous.request, answers, { position: 0, response: { kind: "single_choice", choice: 0 }, idempotencyKey: key() }, 401, /Sign in/],
      ["bad quiz settings", owner.request, "/api/quizzes", { bank: "python", count: 500 }, 400, /At most 50/],
    ];
    for (const [name, request, path, body, status, message] of cases) {
      const res = await post(request, path, body);
      expect(res.status, name).toBe(status);
      expect(res.body.error?.message, name).toMatch(message);
    }
    expect(await e2e.db.attempt.count({ where: { quizSessionId: quizId } })).toBe(before);

    expect((await post(owner.request, `/api/quizzes/${quizId}/finish`, {})).status).toBe(200);
    const late = await post(owner.request, answers, { position: 0, response: { kind: "true_false", choice: 0 }, idempotencyKey: key() });
    expect(late.status).toBe(409);
    expect(late.body.error?.message).toMatch(/finished/);
    expect(await e2e.db.attempt.count({ where: { quizSessionId: quizId } })).toBe(before);
    await Promise.all([owner.close(), other.close(), anonymous.close()]);
  });
});
