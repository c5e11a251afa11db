// Authors in the browser: pages closed to learners, a bank and questions made from scratch, a
// stale save from a second author, and the signature edit of Q60's comparison table seen by a
// learner. The e2e database is shared by every browser test, so Q60 ends as it started (its
// original text published again) and destructive steps happen in a bank made here.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { hashPassword } from "@/lib/server/auth/password";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";

const e2e = setUpBrowserAndDatabase();
const AUTHOR = { email: "author@interleave.dev", password: "author-demo-pass" };
const bankSlug = `e2e-bank-${Date.now().toString(36)}`;

// Accounts are written straight into the database: sign-ups from one address are rate-limited
// per hour, and the other browser tests need theirs.
async function createAccount(role: "learner" | "author", name: string): Promise<{ email: string; password: string }> {
  const account = { email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`, password: "a-long-test-password" };
  await e2e.db.user.create({ data: { email: account.email, name, role, passwordHash: await hashPassword(account.password) } });
  return account;
}

async function signIn(context: BrowserContext, account: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  return page;
}

async function openEditor(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.locator("[data-testid=markdown-editor][data-ready=true]").waitFor();
  await page.locator("[data-testid=preview-state][data-state=idle]").waitFor({ timeout: 30_000 });
}

// Types into CodeMirror as an author would paste: select all, then the new text.
async function replaceBody(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText(text);
  await page.locator("[data-testid=preview-state][data-state=pending]").waitFor();
  await page.locator("[data-testid=preview-state][data-state=idle]").waitFor({ timeout: 30_000 });
}

async function headBody(questionId: string): Promise<{ version: number; body: string }> {
  const q = await e2e.db.question.findUniqueOrThrow({ where: { id: questionId }, select: { headVersion: true } });
  const v = await e2e.db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId, version: q.headVersion } }, select: { bodyMarkdown: true } });
  return { version: q.headVersion, body: v.bodyMarkdown };
}

// Appends a word to every value cell of one row of the table-th GFM table in the body.
function reviseRow(body: string, table: number, row: number, word: string): { body: string; cells: string[] } {
  const lines = body.split("\n");
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("|") || lines[i - 1]?.startsWith("|")) continue;
    seen += 1;
    if (seen !== table) continue;
    const at = i + 2 + row;
    const cells = lines[at]!.split("|").slice(1, -1);
    const values = cells.slice(1).map((cell) => cell.trim());
    lines[at] = `| ${cells[0]!.trim()} | ${values.map((v) => `${v} ${word}`).join(" | ")} |`;
    return { body: lines.join("\n"), cells: values };
  }
  throw new Error(`no table ${table}`);
}

// Text as InlineMarkdown shows it: code spans and emphasis without their markers.
const plain = (markdown: string) => markdown.replace(/\*\*|\*|`/g, "");

async function postJson(context: BrowserContext, path: string, data: unknown) {
  const res = await context.request.post(`${baseUrl()}${path}`, { data: JSON.stringify(data), headers: { "content-type": "application/json" } });
  return { status: res.status(), body: (await res.json()) as { data?: { id: string } } };
}

describe("author pages are for authors", () => {
  it("sends anonymous visitors to sign in and shows learners a 403, on every author page", async () => {
    const anonymous = await e2e.browser.newContext();
    for (const path of ["/author", "/author/python", "/author/python/60"]) {
      const res = await anonymous.request.get(`${baseUrl()}${path}`, { maxRedirects: 0 });
      expect(res.status(), path).toBe(307);
      expect(res.headers().location, path).toBe(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    }
    const learner = await e2e.browser.newContext();
    const page = await signIn(learner, await createAccount("learner", "Curious Learner"));
    expect(await page.getByTestId("author-link").count()).toBe(0);
    for (const path of ["/author", "/author/python", "/author/python/60"]) {
      const res = await page.goto(`${baseUrl()}${path}`);
      expect(res?.status(), path).toBe(403);
      expect(await page.locator("h1").innerText()).toBe("This page is for authors");
    }
    await Promise.all([anonymous.close(), learner.close()]);
  });
});

describe("an author running a bank from the browser", () => {
  it("creates a bank and questions, inserts one before the others, sees problems on their lines, publishes, and keeps script inert", async () => {
    const context = await e2e.browser.newContext();
    const page = await signIn(context, AUTHOR);
    await page.getByTestId("author-link").click();
    await page.waitForURL(/\/author$/);
    expect(await page.getByTestId("author-bank-python").innerText()).toMatch(/Published 170/);

    const form = page.getByTestId("create-bank-form");
    await form.getByLabel("Name").fill("E2E bank");
    await form.getByLabel("Emoji").fill("🧪");
    await form.getByLabel("Slug (the bank's address)").fill("python");
    await form.getByLabel("Description").fill("Made by the browser tests.");
    await form.getByRole("button", { name: "Create bank" }).click();
    expect(await page.getByTestId("create-bank-error").innerText()).toBe('A bank called "python" already exists.');
    await form.getByLabel("Slug (the bank's address)").fill(bankSlug);
    await form.getByRole("button", { name: "Create bank" }).click();
    await page.waitForURL(new RegExp(`/author/${bankSlug}$`));

    for (const title of ["First question here", "Second question here"]) {
      const create = page.getByTestId("create-question-form");
      await create.getByLabel("Title").fill(title);
      await create.getByRole("button", { name: "Create draft question" }).click();
      await page.waitForURL(/\/author\/[^/]+\/\d+$/);
      await page.locator("[data-testid=markdown-editor][data-ready=true]").waitFor();
      await page.goto(`${baseUrl()}/author/${bankSlug}`);
    }
    // Inserted at 1: the two others move up.
    const create = page.getByTestId("create-question-form");
    await create.getByLabel("Title").fill("Inserted at the top");
    await create.getByLabel("Number").fill("1");
    await create.getByRole("button", { name: "Create draft question" }).click();
    await page.waitForURL(new RegExp(`/author/${bankSlug}/1$`));
    await page.goto(`${baseUrl()}/author/${bankSlug}`);
    expect(await page.getByTestId("author-questions").locator("li a").allInnerTexts()).toEqual(["Inserted at the top", "First question here", "Second question here"]);

    await openEditor(page, `/author/${bankSlug}/2`);
    await replaceBody(page, "Intro.\n\n| Aspect | A | B |\n|---|---|---|\n| x | 1 |\n");
    expect(await page.getByTestId("draft-problem").allInnerTexts()).toEqual(["line 5 table row has 2 cells but the header has 3"]);
    await page.getByTestId("publish").click();
    await page.getByTestId("editor-message").filter({ hasText: "before publishing" }).waitFor();
    expect(await page.getByTestId("editor-message").innerText()).toMatch(/line 5: table row has 2 cells/);

    const hostile = 'Safe text.\n\n<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">\n\n[click](javascript:window.__pwned=3)\n';
    await replaceBody(page, hostile);
    expect(await page.getByTestId("draft-problems").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.getByTestId("publish").click();
    await page.getByTestId("editor-message").filter({ hasText: "is published" }).waitFor();
    const learnerPage = await context.newPage();
    await learnerPage.goto(`${baseUrl()}/${bankSlug}/2`);
    expect(await learnerPage.locator("article").innerText()).toContain("Safe text.");
    expect(await learnerPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Q1 is still a draft, so its number leads learners to the question that was there before
    // (the proxy rereads moved numbers every few seconds).
    await expect
      .poll(
        async () => {
          const old = await context.request.get(`${baseUrl()}/${bankSlug}/1`, { maxRedirects: 0 });
          return `${old.status()} ${old.headers().location}`;
        },
        { timeout: 15_000 },
      )
      .toBe(`308 /${bankSlug}/2`);
    await context.close();
  });

  it("refuses a second author's stale save, shows what the first changed, and keeps both versions", async () => {
    const first = await e2e.browser.newContext();
    const second = await e2e.browser.newContext();
    const pageA = await signIn(first, AUTHOR);
    const secondPage = await signIn(second, await createAccount("author", "Second Author"));
    const path = `/author/${bankSlug}/3`;
    await openEditor(pageA, path);
    await openEditor(secondPage, path);
    const question = await e2e.db.question.findFirstOrThrow({ where: { bank: { slug: bankSlug }, number: 3 }, select: { id: true, headVersion: true } });

    await replaceBody(pageA, "The first author's answer.\n");
    await pageA.getByLabel("Version note").fill("First author's take");
    await pageA.getByTestId("save-draft").click();
    await pageA
      .getByTestId("save-state")
      .filter({ hasText: `Saved · v${question.headVersion + 1}` })
      .waitFor();

    await replaceBody(secondPage, "The second author's answer.\n");
    await secondPage.getByTestId("save-draft").click();
    const conflict = secondPage.getByTestId("conflict-panel");
    await conflict.waitFor();
    expect(await conflict.locator("h2").innerText()).toBe(`Demo Author saved version ${question.headVersion + 1} while you were editing version ${question.headVersion}`);
    expect(await conflict.innerText()).toContain("First author's take");
    expect(await conflict.getByTestId("version-diff").first().locator("[data-mark=added]").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("first")]));
    expect((await headBody(question.id)).body).toBe("The first author's answer.\n");

    await conflict.getByTestId("conflict-keep-mine").click();
    await secondPage.getByTestId("save-draft").click();
    await secondPage
      .getByTestId("save-state")
      .filter({ hasText: `Saved · v${question.headVersion + 2}` })
      .waitFor();
    const versions = await e2e.db.questionVersion.findMany({ where: { questionId: question.id }, orderBy: { version: "asc" }, select: { bodyMarkdown: true } });
    expect(versions.slice(-2).map((v) => v.bodyMarkdown)).toEqual(["The first author's answer.\n", "The second author's answer.\n"]);
    await Promise.all([first.close(), second.close()]);
  });
});

describe("Q60 edited in the browser", () => {
  it("shows the new table items in the preview, publishes, and a learner sees the new text while their old attempt keeps the old one", async () => {
    const q60 = await e2e.db.question.findFirstOrThrow({ where: { bank: { slug: "python" }, number: 60 }, select: { id: true } });
    const original = await headBody(q60.id);

    // A learner answers a Q60 item made from a table row, in a quiz.
    const learner = await e2e.browser.newContext();
    await (await signIn(learner, await createAccount("learner", "Table Learner"))).close();
    // asyncio + medium is Q60 and three other questions, so Q60 fills most of the 50 slots.
    const started = await postJson(learner, "/api/quizzes", { bank: "python", tags: ["asyncio"], difficulty: "medium", count: 50, source: "generated" });
    expect(started.status).toBe(201);
    const quizId = started.body.data!.id;
    const slots = await e2e.db.quizSessionItem.findMany({ where: { sessionId: quizId }, select: { position: true, quizItem: { select: { questionId: true, payload: true } } } });
    const slot = slots
      .map((s) => ({ position: s.position, questionId: s.quizItem.questionId, item: ZQuizItem.parse(s.quizItem.payload) }))
      // Both show the cell at (row, column): in the prompt, or as the right option.
      .find((s) => s.questionId === q60.id && s.item.source.row !== null && s.item.source.column !== null && ["which-subject", "fill-the-cell"].includes(s.item.generator));
    expect(slot, "the quiz holds a Q60 item about one table cell").toBeDefined();
    const item = slot!.item as TQuizItem;
    const answered = await postJson(learner, `/api/quizzes/${quizId}/answers`, {
      position: slot!.position,
      response: { kind: "single_choice", choice: item.answer[0] },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(answered.status).toBe(201);
    expect((await postJson(learner, `/api/quizzes/${quizId}/finish`, {})).status).toBe(200);

    // The author revises that row of the table.
    const revised = reviseRow(original.body, item.source.table, item.source.row!, "(revised)");
    const author = await e2e.browser.newContext();
    const page = await signIn(author, AUTHOR);
    await openEditor(page, "/author/python/60");
    const itemsBefore = Number(await page.getByTestId("draft-item-count").innerText());
    expect(await page.locator("[data-testid=draft-item][data-new=true]").count()).toBe(0);
    await replaceBody(page, revised.body);
    expect(await page.locator("article table").first().innerText()).toContain("(revised)");
    const fresh = page.locator("[data-testid=draft-item][data-new=true] [data-testid=draft-item-prompt]");
    expect(await fresh.count()).toBeGreaterThan(0);
    expect((await fresh.allInnerTexts()).some((text) => text.includes("(revised)"))).toBe(true);
    expect(Number(await page.getByTestId("draft-item-count").innerText())).toBe(itemsBefore);
    // The learner's item is among those the draft drops.
    expect(await page.getByTestId("removed-items").locator("li").allTextContents()).toContain(plain(item.prompt));

    await page.getByLabel("Version note").fill("Revised one row of the comparison table");
    await page.getByTestId("publish").click();
    await page
      .getByTestId("editor-message")
      .filter({ hasText: `Version ${original.version + 1} is published` })
      .waitFor();

    // The learner sees the new text on the question page...
    const learnerPage = await learner.newPage();
    await expect
      .poll(
        async () => {
          await learnerPage.goto(`${baseUrl()}/python/60`);
          return learnerPage.locator("table.comparison").first().innerText();
        },
        { timeout: 15_000 },
      )
      .toContain("(revised)");
    // A restart runs the content import (scripts/db/seed.ts) on the unchanged files: the browser
    // edit stays published.
    const seed = execFileSync(process.execPath, [join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/db/seed.ts"], {
      env: process.env,
      encoding: "utf8",
    });
    expect(seed).toMatch(/content python: 0 created, 0 updated, 170 unchanged, 0 conflicts/);
    const afterRestart = await e2e.db.question.findUniqueOrThrow({ where: { id: q60.id }, select: { publishedVersion: { select: { version: true, bodyMarkdown: true } } } });
    expect(afterRestart.publishedVersion).toEqual({ version: original.version + 1, bodyMarkdown: `${revised.body.trimEnd()}\n` });

    // ...and their finished quiz still shows the item exactly as they answered it.
    await learnerPage.goto(`${baseUrl()}/quiz/${quizId}`);
    const reviewed = await learnerPage.getByTestId(`review-item-${slot!.position + 1}`).innerText();
    expect(reviewed).toContain(plain(item.prompt));
    expect(reviewed).toContain(plain(revised.cells[item.source.column!]!));
    expect(reviewed).not.toContain("(revised)");

    // Restore the original text and publish it, so Q60 ends as every other test expects it.
    await page.reload();
    await page.locator("[data-testid=markdown-editor][data-ready=true]").waitFor();
    await page.getByTestId(`restore-${original.version}`).click();
    await page
      .getByTestId("editor-message")
      .filter({ hasText: `Version ${original.version} is back` })
      .waitFor();
    await page.getByTestId("publish").click();
    await page.getByTestId("editor-message").filter({ hasText: "is published" }).waitFor();
    const finalBody = (await headBody(q60.id)).body;
    expect(finalBody).toBe(original.body);
    await page
      .getByTestId(`version-row-${original.version + 2}`)
      .filter({ hasText: "published" })
      .waitFor();
    expect(await page.getByTestId(`version-row-${original.version + 2}`).innerText()).toContain(`Restored from version ${original.version}`);
    await Promise.all([learner.close(), author.close()]);
  }, 180_000); // the restart's import reads and checks all 170 files: over a minute on a busy machine
});
