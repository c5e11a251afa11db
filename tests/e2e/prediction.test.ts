import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase, signUpNewLearner } from "../support/browser";

const shared = setUpBrowserAndDatabase();

// Q59's first example is a `python sandbox predict` block: three workers sleep for different
// times while the main thread carries on.
const PRINTED = [
  "main thread keeps going while workers sleep",
  "worker-1 finished orders",
  "worker-2 finished invoices",
  "worker-0 finished users",
  "['users: 50 rows', 'orders: 60 rows', 'invoices: 80 rows']",
  "took 0.6s",
];

// Puts the ordering item's lines into `wanted` order with its ↑ buttons, as a learner would.
async function arrange(list: Locator, wanted: string[]) {
  for (let target = 0; target < wanted.length; target++) {
    const texts = await list.locator("li").allInnerTexts();
    let at = texts.findIndex((t) => t.includes(wanted[target]!));
    while (at > target) {
      await list.locator("li").nth(at).getByRole("button", { name: "Move up" }).click();
      at--;
    }
  }
}

describe("predict the output, then run", () => {
  it("grades a learner's prediction on the server, stores it, then runs the example with its timeline", async () => {
    const page = await shared.browser.newPage();
    const email = await signUpNewLearner(page, "Predictor");
    await page.goto(`${baseUrl()}/python/59`);
    const block = page.getByTestId("sandbox").first();
    const prediction = block.getByTestId("prediction");
    await prediction.waitFor();

    await arrange(prediction.getByTestId("prediction-output").locator("ol"), PRINTED);
    await prediction.getByTestId("prediction-submit").click();
    const verdict = prediction.getByTestId("prediction-verdict");
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.innerText()).toContain("✓ Right");
    expect(await verdict.innerText()).toContain(PRINTED.join("\n"));

    // Afterwards the example runs by itself, and the timeline explains the order.
    await block.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    expect(await block.getByTestId("sandbox-output").innerText()).toBe(`${PRINTED.join("\n")}\n`);

    // Q141's semaphore example asks for the total time: six 0.3 s downloads, two at a time.
    await page.goto(`${baseUrl()}/python/141`);
    const timed = page.getByTestId("sandbox").nth(1).getByTestId("prediction-time");
    const choices = await timed.getByRole("radio").allInnerTexts();
    expect(choices.filter((t) => t.includes("0.90 s"))).toHaveLength(1);
    await timed
      .getByRole("radio")
      .nth(choices.findIndex((t) => !t.includes("0.90 s")))
      .click();
    await page.getByTestId("sandbox").nth(1).getByTestId("prediction-submit").click();
    const timeVerdict = timed.getByTestId("prediction-verdict");
    await timeVerdict.waitFor({ timeout: 30_000 });
    expect(await timeVerdict.innerText()).toContain("✗ Not quite");
    expect(await timeVerdict.innerText()).toContain("0.90 s");

    // Back on Q59 later, the block remembers how the last prediction went.
    await page.goto(`${baseUrl()}/python/59`);
    const last = page.getByTestId("sandbox").first().getByTestId("prediction-last");
    await last.waitFor();
    expect(await last.innerText()).toContain("was right");

    const user = await shared.db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const attempts = await shared.db.attempt.findMany({ where: { userId: user.id }, select: { kind: true, correct: true }, orderBy: { createdAt: "asc" } });
    expect(attempts).toEqual([
      { kind: "predict_output", correct: true },
      { kind: "predict_output", correct: false },
    ]);
    await page.close();
  });

  it("closes the prediction when the learner runs the example first, and asks signed-out readers to sign in", async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${baseUrl()}/python/59`);
    const block = page.getByTestId("sandbox").first();
    await expect.poll(() => block.getByTestId("prediction").innerText()).toContain("Sign in");
    await block.getByRole("button", { name: "Run", exact: false }).first().click();
    await block.getByTestId("prediction-skipped").waitFor();
    await block.getByTestId("sandbox-timeline").waitFor({ timeout: 30_000 });
    await page.close();
  });
});
