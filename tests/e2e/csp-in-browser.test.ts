// The page CSP in a real browser: the question page runs its examples in the sandbox's Web
// Worker and edits them in CodeMirror without a single violation report.
import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";

const e2e = setUpBrowserAndDatabase();

describe("the content security policy in Chromium", () => {
  it("blocks nothing the pages use: hydration, the sandbox worker, CodeMirror, client navigation", async () => {
    const context = await e2e.browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const reports: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) reports.push(message.text());
    });
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await page.goto(`${baseUrl()}/python/60`);
    const block = page.getByTestId("sandbox").first();
    await block.getByRole("button", { name: "Run", exact: false }).first().click();
    await block.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    expect(await block.getByTestId("sandbox-output").innerText()).toContain("took 2.0s");
    await block.getByTestId("sandbox-static-code").click();
    const editor = block.locator(".cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.insertText("# edited\n");
    expect(await editor.innerText()).toContain("# edited");
    expect(await violations()).toEqual([]);

    // Client-side navigation fetches RSC payloads; the next page hydrates under its own policy.
    await page.keyboard.press("Escape");
    await page.goto(`${baseUrl()}/python`);
    await page.getByTestId("question-row-59").getByRole("link").first().click();
    await page.waitForURL(/\/python\/59$/);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email").waitFor();
    expect(await violations()).toEqual([]);
    expect(reports).toEqual([]);
    await context.close();
  });
});
