import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, signUpNewLearner } from "../support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("a learner on the question page", () => {
  it("signs up, reads Q60 with its comparison table, self-assesses and sees it answered", async () => {
    const page = await browser.newPage();
    await signUpNewLearner(page, "Eve Tester");

    await page.goto(`${baseUrl()}/python/60`);
    await expect(page.title()).resolves.toBe("Python Q60: Difference between async and threading? · Interleave");
    expect(await page.getByTestId("question-kicker").innerText()).toContain("🐍 Python · Q60 / 170");
    expect(await page.locator("h1").innerText()).toBe("Difference between async and threading?");
    const table = page.locator("table.comparison").first();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["Aspect", "Threading", "Async"]);
    expect(await page.locator("pre.shiki span[class]").count()).toBeGreaterThan(10);
    expect(await page.getByTestId("answered-badge").count()).toBe(0);

    await page.getByRole("button", { name: "I knew this" }).click();
    await page.getByTestId("answered-badge").waitFor();
    expect(await page.getByRole("status").innerText()).toContain("Saved");

    await page.reload();
    await page.getByTestId("answered-badge").waitFor();

    await page.goto(`${baseUrl()}/python`);
    expect(await page.getByTestId("question-row-60").getByTestId("row-answered").innerText()).toBe("✓ Answered");
    expect(await page.getByTestId("question-row-59").getByTestId("row-answered").count()).toBe(0);

    await page.goto(baseUrl());
    expect(await page.getByTestId("bank-card-python").innerText()).toContain("1 / 170 answered");
    await page.close();
  });

  it("moves between questions with the arrow keys", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/python/60`);
    await page.locator("html[data-keyboard-nav=ready]").waitFor({ state: "attached" });
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/\/python\/61$/);
    await page.getByRole("heading", { level: 1 }).filter({ hasNotText: "Difference between async and threading?" }).waitFor();
    await page.locator("html[data-keyboard-nav=ready]").waitFor({ state: "attached" });
    await page.keyboard.press("ArrowLeft");
    await page.waitForURL(/\/python\/60$/);
    await page.close();
  });

  it("shows a 404 page for an unknown bank or question", async () => {
    const page = await browser.newPage();
    for (const path of ["/python/9999", "/no-such-bank", "/python/not-a-number"]) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").innerText()).toBe("We could not find that page");
    }
    await page.close();
  });

  it("explains invalid sign-up data field by field, and a taken email", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/sign-up`);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByTestId("email-error").waitFor();
    expect(await page.getByTestId("email-error").innerText()).toBe("Enter a valid email address.");
    expect(await page.getByTestId("password-error").innerText()).toBe("Use at least 10 characters.");
    expect(await page.getByTestId("name-error").innerText()).toBe("Tell us what to call you.");

    await page.getByLabel("Name").fill("Duplicate");
    await page.getByLabel("Email").fill("learner@interleave.dev");
    await page.getByLabel("Password").fill("another-long-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByTestId("email-error").filter({ hasText: "already registered" }).waitFor();
    expect(await page.getByTestId("form-error").innerText()).toBe("An account with this email already exists. Sign in instead.");
    await page.close();
  });

  it("signs the demo learner in and out", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email").fill("learner@interleave.dev");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(await page.getByTestId("form-error").innerText()).toBe("Wrong email or password.");
    await page.getByLabel("Password").fill("learner-demo-pass");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(await page.getByTestId("signed-in-as").innerText()).toContain("Demo Learner");
    // The header shows the learner before the form's navigation home ends, and the menu closes
    // when the path changes: open it on the page it will stay on.
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByTestId("signed-in-as").click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.close();
  });
});
