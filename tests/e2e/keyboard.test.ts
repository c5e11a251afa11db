// The main flows by Tab alone, in a real Chromium: every control on the way is reached with Tab
// (Shift+Tab), worked with Enter, Space or the keys the page offers, shows that it has focus,
// and comes in an order that follows the layout; the code editors let focus out again. No mouse.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/password";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";
import { signInOverHttp } from "../support/http";
import { focusNow, tabUntil, type TFocus, type TWalkProblem } from "../support/tab-walk";

const e2e = setUpBrowserAndDatabase();
const AUTHOR = { email: "author@interleave.dev", password: "author-demo-pass" };

const named = (text: string | RegExp) => (f: TFocus) => (typeof text === "string" ? f.name === text : text.test(f.name));
const byTestId = (id: string) => (f: TFocus) => f.testId === id;

// A learner written straight into the database and signed in over HTTP from an address of its
// own: sign-ups and sign-ins from the browser's 127.0.0.1 are rate-limited per hour, and the other
// browser tests need that budget (the sign-in form by keyboard is walked with the author below).
async function newLearnerPage(name: string): Promise<Page> {
  const account = { email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`, password: "a-long-test-password" };
  await e2e.db.user.create({ data: { email: account.email, name, role: "learner", passwordHash: await hashPassword(account.password) } });
  const signedIn = await signInOverHttp({ ...account, from: "127.0.0.64" });
  expect(signedIn.ok, `sign-in of ${account.email}: ${signedIn.error ?? ""}`).toBe(true);
  const context = await e2e.browser.newContext();
  await context.addCookies(signedIn.cookies.map((cookie) => ({ name: cookie.slice(0, cookie.indexOf("=")), value: cookie.slice(cookie.indexOf("=") + 1), url: baseUrl() })));
  return context.newPage();
}

// Focus starts where a keyboard user's does after loading a page: nowhere, before the first control.
async function load(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function signInByKeyboard(page: Page, account: { email: string; password: string }, problems: TWalkProblem[]): Promise<void> {
  await load(page, "/sign-in");
  await tabUntil(page, (f) => f.tag === "input" && /email/i.test(f.name), { problems, what: "the email field" });
  await page.keyboard.type(account.email);
  await tabUntil(page, (f) => f.tag === "input" && /password/i.test(f.name), { problems, what: "the password field" });
  await page.keyboard.type(account.password);
  await tabUntil(page, named("Sign in"), { problems, what: "Sign in" });
  await page.keyboard.press("Enter");
  await page.getByTestId("signed-in-as").waitFor();
}

// Past the end of the page focus goes back to the browser: every control from here on is
// reachable, in layout order, with visible focus, and none holds focus.
async function tabToTheEnd(page: Page, problems: TWalkProblem[]): Promise<TFocus[]> {
  try {
    await tabUntil(page, () => false, { problems, max: 150, what: "the end of the page" });
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith("Tab left the page")) return [];
    throw error;
  }
  return [];
}

describe("the main flows by keyboard alone", () => {
  it("a question page: the runnable example's Run, its editor (and out of it), the self-assessment", async () => {
    const page = await newLearnerPage("Keyboard Reader");
    const problems: TWalkProblem[] = [];
    await load(page, "/python/60");
    const passed = await tabUntil(page, (f) => f.name.includes("Run"), { problems, max: 120, what: "the first Run button" });
    expect(passed[0]!.name, "the first Tab lands on the skip link").toMatch(/skip/i);
    await page.keyboard.press("Enter");
    await page.getByTestId("sandbox-output").first().waitFor();
    expect((await focusNow(page))?.name, "the loaded sandbox's Run keeps focus").toContain("Run");
    await page.locator("[data-testid=sandbox] button", { hasText: "Stop" }).first().and(page.locator(":disabled")).waitFor();
    // Tab into the code opens the editor with focus in it; Tab is never taken for indenting, so
    // it leaves the editor again, both ways.
    await tabUntil(page, (f) => f.inEditor || f.testId === "sandbox-static-code" || f.tag === "pre", { problems, what: "the example's code" });
    await page.locator("[data-testid=sandbox-editor] .cm-content").first().waitFor();
    await page.waitForFunction(() => Boolean(document.activeElement?.closest(".cm-editor")));
    await page.keyboard.type("# typed by keyboard\n");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect((await focusNow(page))?.inEditor, "Tab leaves the editor").toBe(false);
    await tabUntil(page, (f) => f.inEditor, { problems, what: "the editor again", backwards: true });
    await page.keyboard.press("Control+Enter");
    await page.keyboard.press("Shift+Tab");
    expect((await focusNow(page))?.inEditor, "Shift+Tab leaves the editor").toBe(false);
    await tabUntil(page, (f) => /knew/i.test(f.name) || f.testId === "self-assess-knew", { problems, max: 200, what: "the self-assessment" });
    await tabToTheEnd(page, problems);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a quiz from the bank page to its result", async () => {
    const page = await newLearnerPage("Keyboard Quizzer");
    const problems: TWalkProblem[] = [];
    await load(page, "/python");
    await tabUntil(page, byTestId("start-quiz-link"), { problems, what: "Start a quiz" });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/quiz\/new/);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(page, (f) => f.tag === "input" && /items/i.test(f.name), { problems, what: "the number of items" });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("3");
    await tabUntil(page, (f) => f.tag === "select" && /item types/i.test(f.name), { problems, what: "the item types" });
    await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel("Item types").inputValue()).toBe("generated");
    await tabUntil(page, byTestId("start-quiz"), { problems, what: "Start quiz" });
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    for (let position = 0; position < 3; position++) {
      await page
        .getByTestId("quiz-progress")
        .filter({ hasText: `Item ${position + 1} of 3` })
        .waitFor();
      await answerQuizItemByTab(page, problems);
      await page.getByTestId("quiz-feedback").waitFor();
      await tabUntil(page, byTestId("next-item"), { problems, what: "Next" });
      await page.keyboard.press("Enter");
    }
    await tabUntil(page, byTestId("finish-quiz"), { problems, what: "Finish" });
    await page.keyboard.press("Enter");
    await page.getByTestId("quiz-score").waitFor();
    await tabToTheEnd(page, problems);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("/review: reveal the answer and rate the card", async () => {
    const page = await newLearnerPage("Keyboard Reviewer");
    const problems: TWalkProblem[] = [];
    await load(page, "/review");
    await page.locator("[data-testid=review-card][data-keys=ready]").waitFor();
    await tabUntil(page, byTestId("reveal-answer"), { problems, what: "Show answer" });
    await page.keyboard.press("Enter");
    await page.getByTestId("model-answer").waitFor();
    await tabUntil(page, byTestId("rate-good"), { problems, what: "Good" });
    await page.keyboard.press("Enter");
    await page.getByTestId("review-progress").filter({ hasText: "1 done" }).waitFor();
    await tabToTheEnd(page, problems);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the author's editor: sign in, edit the answer in the editor, leave it, save", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const problems: TWalkProblem[] = [];
    await signInByKeyboard(page, AUTHOR, problems);
    await load(page, "/author/python/1");
    await page.locator("[data-testid=markdown-editor][data-ready=true]").waitFor();
    await tabUntil(page, (f) => f.inEditor, { problems, max: 120, what: "the answer's editor" });
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nOne more line, typed by keyboard.\n");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect((await focusNow(page))?.inEditor, "Tab leaves the editor").toBe(false);
    // Save sits above the editor: back there with Shift+Tab, through the editor and out of it.
    await tabUntil(page, byTestId("save-draft"), { problems, max: 120, what: "Save draft", backwards: true });
    await page.keyboard.press("Enter");
    await page
      .getByTestId("save-state")
      .filter({ hasText: /^Saved · v\d+/ })
      .waitFor();
    await tabToTheEnd(page, problems);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// Whatever kind of item the quiz shows: Tab to its first control and answer with the keys a
// keyboard user has (Space picks an option, arrows move in a group), then Tab to Submit.
async function answerQuizItemByTab(page: Page, problems: TWalkProblem[]): Promise<void> {
  const isAnswerControl = (f: TFocus) => Boolean(f.testId?.startsWith("option-")) || /^Match for fact/.test(f.name) || f.testId === "submit-answer";
  let picked = false;
  for (let control = 0; control < 20; control++) {
    const at = (await tabUntil(page, isAnswerControl, { problems, what: "the item's next control", moveFirst: control > 0 })).at(-1)!;
    if (at.testId === "submit-answer") {
      await page.keyboard.press("Enter");
      return;
    }
    // The first option is picked; every matching fact gets the first answer in its list.
    if (at.tag === "select") await page.keyboard.press("ArrowDown");
    else if (!picked) await page.keyboard.press("Space");
    picked = true;
  }
  throw new Error("no Submit after 20 answer controls");
}
