import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ZQuizItem, type TQuizItem } from "@/lib/quiz/schemas";
import { baseUrl, setUpBrowserAndDatabase, signUpNewLearner } from "../support/browser";

const e2e = setUpBrowserAndDatabase();

// The test reads the stored item only to know which answer is right, so it can get exactly one
// item wrong on purpose; grading itself happens on the server as for any learner.
async function storedItem(quizId: string, position: number): Promise<TQuizItem> {
  const row = await e2e.db.quizSessionItem.findFirstOrThrow({ where: { sessionId: quizId, position }, select: { quizItem: { select: { payload: true } } } });
  return ZQuizItem.parse(row.quizItem.payload);
}

async function answerWithKeyboard(page: Page, item: TQuizItem, wrong: boolean) {
  switch (item.kind) {
    case "single_choice":
    case "true_false": {
      const right = item.answer[0] as number;
      const pick = wrong ? (right + 1) % item.options.length : right;
      await page.keyboard.press(String(pick + 1));
      await page.keyboard.press("Enter");
      return;
    }
    case "matching": {
      const pairs = item.answer as [number, number][];
      for (const [fact, option] of pairs) {
        const target = wrong && fact === 0 ? (option + 1) % item.options.length : option;
        await page.getByLabel(`Match for fact ${fact + 1}`).focus();
        for (let i = 0; i <= target; i++) await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Enter");
      return;
    }
    case "ordering": {
      // Predict-the-output items: the shown order is never the printed one, so leaving it is wrong.
      if (!wrong) {
        const wanted = (item.answer as number[]).map((i) => item.options[i] as string);
        const rows = page.getByTestId("quiz-ordering").locator("li");
        for (let target = 0; target < wanted.length; target++) {
          let at = (await rows.allInnerTexts()).findIndex((text, i) => i >= target && text.includes(wanted[target]!));
          for (; at > target; at--) await rows.nth(at).getByRole("button", { name: "Move up" }).click();
        }
      }
      await page.getByTestId("submit-answer").click();
      return;
    }
    default:
      throw new Error(`generated items are never ${item.kind}`);
  }
}

describe("a learner taking a quiz", () => {
  it("starts a 6-item quiz of generated items, answers with the keyboard, reviews and retakes a mistake", async () => {
    const page = await e2e.browser.newPage();
    await signUpNewLearner(page, "Quiz Taker");

    await page.goto(`${baseUrl()}/python`);
    await page.getByTestId("start-quiz-link").click();
    await page.getByLabel("Items").fill("6");
    await page.getByLabel("Item types").selectOption("generated");
    await page.getByTestId("start-quiz").click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    const quizId = page.url().split("/").pop()!;

    for (let position = 0; position < 6; position++) {
      await page
        .getByTestId("quiz-progress")
        .filter({ hasText: `Item ${position + 1} of 6` })
        .waitFor();
      if (position === 2) {
        // Closing the tab mid-quiz loses nothing: a fresh load resumes at the same item.
        await page.reload();
        await page.getByTestId("quiz-progress").filter({ hasText: `Item 3 of 6` }).waitFor();
      }
      const item = await storedItem(quizId, position);
      await answerWithKeyboard(page, item, position === 1);
      const feedback = page.getByTestId("quiz-feedback");
      await feedback.waitFor();
      expect(await feedback.innerText()).toContain(position === 1 ? "✗ Not quite" : "✓ Correct");
      await page.keyboard.press("ArrowRight");
    }

    await page.getByTestId("finish-quiz").click();
    await page.getByTestId("quiz-score").waitFor();
    expect(await page.getByTestId("quiz-score").innerText()).toBe("5 / 6");
    expect(await page.getByTestId("review-item-2").innerText()).toContain("✗");
    expect(await page.getByTestId("review-item-1").innerText()).toContain("Answer");

    await page.getByTestId("retake-mistakes").click();
    await page.waitForURL((url) => url.pathname.startsWith("/quiz/") && !url.pathname.endsWith(quizId));
    await page.getByTestId("quiz-progress").filter({ hasText: "Item 1 of 1" }).waitFor();
    const retakeId = page.url().split("/").pop()!;
    const [original, retake] = await Promise.all([storedItem(quizId, 1), storedItem(retakeId, 0)]);
    expect(retake.id).toBe(original.id);
    await page.close();
  });
});
