import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createClient, type TDb } from "@/lib/db/create-client";

// Debian's Chromium: Playwright's own browser download is not reachable from CI machines.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the browser tests through `npm test` (node scripts/test.mjs e2e).");
  return url;
}

// Signs a new learner up through the real form and waits until the header shows them.
export async function signUpNewLearner(page: Page, label: string): Promise<string> {
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto(`${baseUrl()}/sign-up`);
  await page.getByLabel("Name").fill(label);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-test-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  return email;
}

// One Chromium and one database client per test file, opened before its tests and closed after.
// The database is the one the server under test uses, for checking what was (not) stored.
export function setUpBrowserAndDatabase(): { browser: Browser; db: TDb } {
  const shared = {} as { browser: Browser; db: TDb };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
    shared.db = createClient(process.env.DATABASE_URL!);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.db?.$disconnect();
  });
  return shared;
}
