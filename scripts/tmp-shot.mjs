import { chromium } from "playwright-core";
const [url, out, action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
if (action === "signin") {
  await page.goto("http://localhost:3100/sign-in");
  await page.getByLabel("Email").fill("learner@interleave.dev");
  await page.getByLabel("Password").fill("learner-demo-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForTimeout(1500);
}
await page.goto(url);
await page.waitForTimeout(1500);
const target = process.argv[5];
if (target) {
  const el = page.locator(target).first();
  await el.scrollIntoViewIfNeeded();
  if (process.argv[6]) await page.locator(process.argv[6]).first().click();
  await page.waitForTimeout(2500);
  await el.screenshot({ path: out });
} else await page.screenshot({ path: out, fullPage: false });
await browser.close();
