// Sessions in a real browser: where sign-in sends you, and a saved session token that stops
// working after "Sign out everywhere" or a password change.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";
import { call, newLearner } from "../support/http";

const e2e = setUpBrowserAndDatabase();

async function signInWithForm(page: Page, email: string, password: string, query = "") {
  await page.goto(`${baseUrl()}/sign-in${query}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The cookies of `context` as a Cookie header: a copy of the session token someone saved. */
async function savedToken(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies(baseUrl());
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  expect(session).toBeDefined();
  return `next-auth.session-token=${session!.value}`;
}

const reviewStatus = async (cookie: string) => (await call({ path: "/api/review", headers: { cookie }, from: "127.0.0.81" })).status;

describe("sessions", () => {
  it("after sign-in goes only to paths on this site, whatever the callback says", async () => {
    const learner = await newLearner("redirect", "127.0.0.80");
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    // The two the review found; the rest of the cases are in tests/unit/same-origin-path.test.ts.
    for (const callback of ["/%5Cevil.example/x", "/%09/evil.example/x"]) {
      await signInWithForm(page, learner.email, learner.password, `?callbackUrl=${callback}`);
      await page.getByTestId("signed-in-as").waitFor();
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin, callback).toBe(baseUrl());
      await context.clearCookies();
    }
    await signInWithForm(page, learner.email, learner.password, `?callbackUrl=${encodeURIComponent("/python/60")}`);
    await page.waitForURL(`${baseUrl()}/python/60`);
    await context.close();
  });

  it("ends every session, including a saved copy of the token, with Sign out everywhere", async () => {
    const learner = await newLearner("everywhere", "127.0.0.82");
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await signInWithForm(page, learner.email, learner.password);
    await page.getByTestId("signed-in-as").waitFor();
    const saved = await savedToken(context);
    expect(await reviewStatus(saved)).toBe(200);
    expect(await reviewStatus(learner.cookie)).toBe(200);

    // The menu closes when the path changes: open it once the sign-in has gone home.
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByLabel("Account menu").click();
    await page.getByRole("link", { name: "Account", exact: true }).click();
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
    expect(await reviewStatus(saved)).toBe(401);
    // The session made over HTTP before, on "another device", is over too.
    expect(await reviewStatus(learner.cookie)).toBe(401);
    const session = await call({ path: "/api/auth/session", headers: { cookie: saved }, from: "127.0.0.81" });
    expect(session.json()).toEqual({});

    // Signing in again works and issues a token of the new version.
    await signInWithForm(page, learner.email, learner.password);
    await page.getByTestId("signed-in-as").waitFor();
    expect(await reviewStatus(await savedToken(context))).toBe(200);
    await context.close();
  });

  it("ends other sessions on a password change and keeps this browser signed in", async () => {
    const learner = await newLearner("password", "127.0.0.83");
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await signInWithForm(page, learner.email, learner.password);
    await page.getByTestId("signed-in-as").waitFor();
    await page.goto(`${baseUrl()}/account`);
    await page.getByLabel("Current password").fill("not-my-password");
    await page.getByLabel("New password").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    expect(await page.getByTestId("currentPassword-error").innerText()).toBe("That is not your current password.");
    expect(await reviewStatus(learner.cookie)).toBe(200);

    await page.getByLabel("Current password").fill(learner.password);
    await page.getByLabel("New password").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Change password" }).click();
    expect(await page.getByTestId("password-message").innerText()).toBe("Password changed. Other devices are signed out.");
    expect(await reviewStatus(learner.cookie)).toBe(401);
    expect(await reviewStatus(await savedToken(context))).toBe(200);
    await context.close();
  });
});
