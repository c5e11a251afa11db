// axe-core over the main pages, signed out, as a learner and as an author, in light and in dark:
// no serious or critical violation (WCAG 2.1 A and AA rules, which include colour contrast,
// labels, names of controls and landmarks). A violation is reported with its rule, the elements
// it found and axe's summary, so the failure says what to fix.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type TDb } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/server/auth/password";
import { baseUrl, launchBrowser } from "../support/browser";
import { jsonRequest, signIn, send } from "../../scripts/fuzz/http";

type TScheme = "light" | "dark";
const SCHEMES: TScheme[] = ["light", "dark"];
const FROM = "127.0.0.90";

let browser: Browser;
let db: TDb;
const cookies: Record<"learner" | "author", string> = { learner: "", author: "" };
let quizId = "";
let finishedQuizId = "";

async function makeUser(role: "learner" | "author"): Promise<string> {
  const email = `axe-${role}-${Date.now()}@example.com`;
  await db.user.create({ data: { email, name: `Axe ${role}`, role, passwordHash: await hashPassword("axe-password-long") } });
  return signIn(baseUrl(), FROM, email, "axe-password-long");
}

beforeAll(async () => {
  browser = await launchBrowser();
  db = createClient(process.env.DATABASE_URL!);
  cookies.learner = await makeUser("learner");
  cookies.author = await makeUser("author");
  const start = async () => {
    const res = await send(baseUrl(), FROM, jsonRequest("POST", "/api/quizzes", { bank: "python", count: 3 }, cookies.learner));
    return (JSON.parse(res.text) as { data: { id: string } }).data.id;
  };
  quizId = await start();
  finishedQuizId = await start();
  await send(baseUrl(), FROM, jsonRequest("POST", `/api/quizzes/${finishedQuizId}/finish`, undefined, cookies.learner));
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function contextFor(scheme: TScheme, who: "anonymous" | "learner" | "author"): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: scheme });
  if (who !== "anonymous") {
    const url = new URL(baseUrl());
    await context.addCookies(
      cookies[who].split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: url.hostname, path: "/" };
      }),
    );
  }
  return context;
}

async function violationsOf(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const res = await page.goto(`${baseUrl()}${path}`, { waitUntil: "networkidle" });
    if (!res || res.status() >= 400) return [`${path}: status ${res?.status()}`];
    const results = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${path} [${v.impact}] ${v.id}: ${v.help} — ${v.nodes
            .slice(0, 4)
            .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 2).join("").trim()}`)
            .join(" | ")}`,
      );
  } finally {
    await page.close();
  }
}

const PAGES: { who: "anonymous" | "learner" | "author"; paths: () => string[] }[] = [
  { who: "anonymous", paths: () => ["/", "/python", "/python/60", "/sign-in", "/sign-up"] },
  { who: "learner", paths: () => ["/", "/python/60", "/progress", "/review", "/settings", "/account", "/quiz/new", `/quiz/${quizId}`, `/quiz/${finishedQuizId}`] },
  { who: "author", paths: () => ["/author", "/author/python", "/author/python/60", "/author/python/60/items", "/author/python/analysis", "/author/python/exchange"] },
];

describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  for (const scheme of SCHEMES) {
    for (const group of PAGES) {
      it(`${group.who} pages in ${scheme}: no serious or critical violations`, async () => {
        const context = await contextFor(scheme, group.who);
        try {
          const found: string[] = [];
          for (const path of group.paths()) found.push(...(await violationsOf(context, path)));
          expect(found).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
