// Banks in and out, and item analysis, in Chromium against the production build: a bank made from
// an uploaded zip, an update previewed (diff, archive, broken file), cancelled, then applied; the
// downloads; a zip that is not one; learners refused; the analysis page with a seeded class of
// learners, its flagged item opened and retired with a reason, and offered again.
import { zipSync, unzipSync, type Zippable } from "fflate";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { ZQuizItem } from "@/lib/quiz/schemas";
import { hashPassword } from "@/lib/server/auth/password";
import { baseUrl, setUpBrowserAndDatabase } from "../support/browser";

const e2e = setUpBrowserAndDatabase();
const slug = `e2e-moved-${Date.now().toString(36)}`;

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

// One author signed in once for the file: sign-ins from one address are rate-limited, and the
// other browser tests need theirs.
let author: { context: BrowserContext; page: Page } | null = null;
async function authorPage(): Promise<Page> {
  if (!author) {
    const context = await e2e.browser.newContext();
    author = { context, page: await signIn(context, await createAccount("author", "Bank Mover")) };
  }
  return author.page;
}
afterAll(async () => {
  await author?.context.close();
});

const question = (number: number, title: string, body: string) => `---\nnumber: ${number}\ntitle: "${title}"\ntags: [moving]\ndifficulty: easy\n---\n${body}\n`;
const QUIZ = ["```quiz", "id: pick", "kind: single_choice", "prompt: Which is right?", "options: [Alpha, Beta, Gamma]", "answer: Beta", "explanation: Beta.", "```"].join("\n");

function zipOf(files: Record<string, string>): Buffer {
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(files)) entries[path] = new TextEncoder().encode(text);
  return Buffer.from(zipSync(entries));
}

const bankFile = `---\nslug: ${slug}\nname: Moved bank\nemoji: "🚚"\ndescription: Arrived as a zip.\n---\n`;
const firstZip = {
  [`${slug}/bank.md`]: bankFile,
  [`${slug}/001-first.md`]: question(1, "First moved question", `An answer with a hand-written item.\n\n${QUIZ}`),
  [`${slug}/002-second.md`]: question(2, "Second moved question", "The second answer."),
  [`${slug}/003-third.md`]: question(3, "Third moved question", "The third answer."),
};

async function choose(page: Page, name: string, bytes: Buffer) {
  await page.getByTestId("import-file").setInputFiles({ name, mimeType: "application/zip", buffer: bytes });
  await page.getByRole("button", { name: "Preview" }).click();
}

const questionsOf = async () =>
  (await e2e.db.question.findMany({ where: { bank: { slug } }, orderBy: { number: "asc" }, select: { number: true, status: true, headVersion: true } })).map(
    (q) => `${q.number}:${q.status}:v${q.headVersion}`,
  );

describe("moving a bank in and out", () => {
  it("makes a bank from a zip, previews an update, cancels, then applies exactly what it showed", async () => {
    const page = await authorPage();
    await page.goto(`${baseUrl()}/author`);
    await choose(page, "moved.zip", zipOf(firstZip));
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    expect(await preview.innerText()).toContain("a new bank");
    expect(await page.getByTestId("import-creates").locator("li").count()).toBe(3);
    expect(await e2e.db.bank.count({ where: { slug } })).toBe(0);
    await page.getByTestId("import-apply").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toMatch(/Imported: 3 new, 0 changed, 0 archived/);
    expect(await questionsOf()).toEqual(["1:published:v1", "2:published:v1", "3:published:v1"]);

    // An update: one answer changed, one question gone from the zip, one new, one broken file.
    await page.goto(`${baseUrl()}/author/${slug}/exchange`);
    const update = zipOf({
      [`${slug}/bank.md`]: bankFile,
      [`${slug}/001-first.md`]: firstZip[`${slug}/001-first.md`]!,
      [`${slug}/002-second.md`]: question(2, "Second moved question", "The second answer, rewritten on the other server."),
      [`${slug}/004-fourth.md`]: question(4, "Fourth moved question", "A new one."),
      [`${slug}/005-broken.md`]: "---\nnumber: 5\ntitle: Broken\ndifficulty: impossible\n---\nx\n",
    });
    await choose(page, "update.zip", update);
    await preview.waitFor();
    expect(await page.getByTestId("import-unchanged").innerText()).toBe("1 question unchanged.");
    expect(await page.getByTestId("import-creates").innerText()).toContain("Fourth moved question");
    expect(await page.getByTestId("import-archives").innerText()).toContain("Third moved question");
    expect(await page.getByTestId("import-problems").innerText()).toContain(`${slug}/005-broken.md:4`);
    const changed = page.getByTestId("import-update");
    expect(await changed.innerText()).toContain("new version 2, published");
    await changed.locator("summary").click();
    expect((await changed.locator("[data-mark=added]").allInnerTexts()).join("")).toContain("rewritten on the other server");

    await page.getByTestId("import-cancel").click();
    expect(await preview.count()).toBe(0);
    expect(await questionsOf()).toEqual(["1:published:v1", "2:published:v1", "3:published:v1"]);

    await page.getByRole("button", { name: "Preview" }).click();
    await preview.waitFor();
    await page.getByTestId("import-apply").click();
    await page.getByTestId("import-done").waitFor();
    expect(await questionsOf()).toEqual(["1:published:v1", "2:published:v2", "3:archived:v1", "4:published:v1"]);

    // A file that is not a zip: a clear error, nothing written.
    await page.getByTestId("import-file").setInputFiles({ name: "notes.zip", mimeType: "application/zip", buffer: Buffer.from("these are notes, not a zip") });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("import-error").waitFor();
    expect(await page.getByTestId("import-error").innerText()).toBe("The file is not a zip archive.");
    expect(await questionsOf()).toEqual(["1:published:v1", "2:published:v2", "3:archived:v1", "4:published:v1"]);
  });

  it("downloads every export with its file name and type, and refuses learners", async () => {
    const page = await authorPage();
    await page.goto(`${baseUrl()}/author/python/exchange`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Bank folder (.zip)", exact: true }).click();
    expect((await download).suggestedFilename()).toBe("python.zip");
    const expected: [string, string, string][] = [
      ["folder", "application/zip", 'attachment; filename="python.zip"'],
      ["folder&versions=newest", "application/zip", 'attachment; filename="python-with-drafts.zip"'],
      ["gift", "text/plain; charset=utf-8", 'attachment; filename="python-moodle-gift.txt"'],
      ["anki", "text/csv; charset=utf-8", 'attachment; filename="python-anki.csv"'],
      ["json", "application/json; charset=utf-8", 'attachment; filename="python-items.json"'],
    ];
    for (const [format, type, disposition] of expected) {
      const res = await page.request.get(`${baseUrl()}/api/author/banks/python/export?format=${format}`);
      expect(res.status(), format).toBe(200);
      expect(res.headers()["content-type"], format).toBe(type);
      expect(res.headers()["content-disposition"], format).toBe(disposition);
      const body = await res.body();
      if (format.startsWith("folder")) expect(Object.keys(unzipSync(new Uint8Array(body))).filter((name) => name.startsWith("python/")).length).toBeGreaterThan(170);
      if (format === "gift") expect(body.toString("utf8")).toContain("$CATEGORY: $course$/top/Python/");
      if (format === "anki") expect(body.toString("utf8").startsWith("#separator:Comma\n#html:true\n")).toBe(true);
      if (format === "json") expect(JSON.parse(body.toString("utf8")).questions.length).toBeGreaterThan(100);
    }
    expect((await page.request.get(`${baseUrl()}/api/author/banks/python/export?format=pdf`)).status()).toBe(400);
    expect((await page.request.get(`${baseUrl()}/api/author/banks/no-such-bank/export?format=json`)).status()).toBe(404);

    // An author's upload from another site, or over the limit, is refused before anything is read.
    const banksBefore = await e2e.db.bank.count();
    const crossSite = await page.request.post(`${baseUrl()}/api/author/bank-imports`, {
      headers: { "content-type": "application/zip", origin: "https://elsewhere.example" },
      data: zipOf({ "bank.md": bankFile.replace(slug, `${slug}-cross`) }),
    });
    expect(crossSite.status()).toBe(403);
    const oversized = await page.request.post(`${baseUrl()}/api/author/bank-imports`, { headers: { "content-type": "application/zip" }, data: Buffer.alloc(21 * 1024 * 1024) });
    expect(oversized.status()).toBe(413);
    expect((await oversized.json()).error.message).toMatch(/larger than this request allows \(20 MB\)/);
    expect(await e2e.db.bank.count()).toBe(banksBefore);

    const learnerContext = await e2e.browser.newContext();
    const learner = await signIn(learnerContext, await createAccount("learner", "Not An Author"));
    expect((await learner.request.get(`${baseUrl()}/api/author/banks/python/export?format=json`)).status()).toBe(403);
    const banks = await e2e.db.bank.count();
    const upload = await learner.request.post(`${baseUrl()}/api/author/bank-imports`, {
      headers: { "content-type": "application/zip" },
      data: zipOf({ "bank.md": bankFile.replace(slug, `${slug}-learner`) }),
    });
    expect(upload.status()).toBe(403);
    expect((await upload.json()).error.code).toBe("FORBIDDEN");
    expect(await e2e.db.bank.count()).toBe(banks);
    const anonymous = await e2e.browser.newContext();
    expect((await anonymous.request.post(`${baseUrl()}/api/author/bank-imports`, { headers: { "content-type": "application/zip" }, data: Buffer.from("x") })).status()).toBe(401);
    await Promise.all([learnerContext.close(), anonymous.close()]);
  });
});

describe("item analysis", () => {
  it("shows a flagged item, links to it, and retires it with a reason until it is offered again", async () => {
    // The moved bank's first question has the item "pick" (Beta is right). 24 learners answer it:
    // the strongest pick Gamma, the weakest Beta, so it discriminates negatively.
    const q = await e2e.db.question.findFirstOrThrow({ where: { bank: { slug }, number: 1 }, select: { id: true, publishedVersionId: true } });
    const pickRow = await e2e.db.quizItem.findFirstOrThrow({ where: { questionVersionId: q.publishedVersionId!, key: "pick" }, select: { id: true, payload: true } });
    const options = ZQuizItem.parse(pickRow.payload).options;
    const q2 = await e2e.db.question.findFirstOrThrow({ where: { bank: { slug }, number: 2 }, select: { id: true, publishedVersionId: true } });
    const learners = Array.from({ length: 24 }, (_, i) => ({
      id: `${slug}-learner-${i}`,
      email: `${slug}-learner-${i}@example.com`,
      passwordHash: "unused",
      name: `Learner ${i}`,
    }));
    await e2e.db.user.createMany({ data: learners });
    const rows = learners.flatMap((learner, i) => {
      const strong = i >= 12;
      const pick = strong ? "Gamma" : "Beta";
      return [
        ...Array.from({ length: 10 }, (_, k) => ({
          userId: learner.id,
          questionId: q2.id,
          questionVersionId: q2.publishedVersionId!,
          kind: "self_assess" as const,
          response: { rating: "knew" },
          correct: k < (strong ? 9 : 2),
          idempotencyKey: crypto.randomUUID(),
        })),
        {
          userId: learner.id,
          questionId: q.id,
          questionVersionId: q.publishedVersionId!,
          quizItemId: pickRow.id,
          kind: "single_choice" as const,
          response: { kind: "single_choice", choice: options.indexOf(pick) },
          correct: pick === "Beta",
          durationMs: 8000,
          idempotencyKey: crypto.randomUUID(),
        },
      ];
    });
    await e2e.db.attempt.createMany({ data: rows });

    const page = await authorPage();
    await page.goto(`${baseUrl()}/author/${slug}`);
    await page.getByRole("link", { name: "Item analysis" }).click();
    await page.getByTestId("flag-rules").waitFor();
    expect(await page.getByTestId("analysis-summary").innerText()).toContain("24 learners answered in this bank");
    const flagged = page.getByTestId("flagged-item");
    expect(await flagged.count()).toBe(1);
    expect((await flagged.locator("[data-flag]").allInnerTexts()).sort()).toEqual(["distractor nobody picks", "negative discrimination", "strong learners prefer a distractor"]);
    await flagged.click();
    await page.waitForURL(/\/items#item-pick$/);
    const card = page.locator("[data-testid=item-card][data-key=pick]");
    expect(await card.getAttribute("data-status")).toBe("live");
    expect(await card.locator("[data-stat=Attempts]").innerText()).toBe("24");
    expect(await card.locator("[data-stat=Facility]").innerText()).toBe("50%");
    expect(await card.locator("[data-stat=Discrimination]").innerText()).toBe("−1.00");
    expect(await card.getByTestId("option-share").allInnerTexts()).toEqual(options.map((o) => (o === "Alpha" ? "0% (0)" : "50% (12)")));

    await card.getByTestId("retire-reason").fill("Gamma is right as well, on a careful reading.");
    await card.getByTestId("retire-item").click();
    await page.locator("[data-testid=item-card][data-key=pick][data-status=retired]").waitFor();
    expect(await page.locator("[data-testid=item-card][data-key=pick]").getByTestId("retirement").innerText()).toContain("Gamma is right as well, on a careful reading.");
    expect(await e2e.db.quizItem.findUniqueOrThrow({ where: { id: pickRow.id }, select: { retiredAt: true } })).not.toMatchObject({ retiredAt: null });
    // Retired items leave the list of items to look at.
    await page.goto(`${baseUrl()}/author/${slug}/analysis`);
    expect(await page.getByTestId("flagged-item").count()).toBe(0);

    await page.goto(`${baseUrl()}/author/${slug}/1/items`);
    await page.locator("[data-testid=item-card][data-key=pick]").getByTestId("unretire-item").click();
    await page.locator("[data-testid=item-card][data-key=pick][data-status=live]").waitFor();
    expect(await e2e.db.itemRetirement.count({ where: { questionId: q.id } })).toBe(0);
  });
});
