import { describe, expect, it } from "vitest";
import { baseUrl, setUpBrowserAndDatabase, signUpNewLearner } from "../support/browser";

const e2e = setUpBrowserAndDatabase();

const reviewCount = async (page: import("playwright-core").Page) => Number(await page.getByTestId("review-count").innerText());

describe("a learner's daily review", () => {
  it("answers a quiz, sees the review count grow, rates and undoes in /review, and finds today on /progress", async () => {
    const page = await e2e.browser.newPage();
    await signUpNewLearner(page, "Daily Reviewer");
    await page.getByTestId("review-count").waitFor();
    // A new learner has nothing due yet, only the day's new items.
    const before = await reviewCount(page);
    expect(before).toBe(10);

    // A quiz of three recall cards: each one rated Good becomes a card due again in ten minutes.
    await page.goto(`${baseUrl()}/quiz/new?bank=python`);
    await page.getByLabel("Items").fill("3");
    await page.getByLabel("Item types").selectOption("recall");
    await page.getByTestId("start-quiz").click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    for (let position = 0; position < 3; position++) {
      await page
        .getByTestId("quiz-progress")
        .filter({ hasText: `Item ${position + 1} of 3` })
        .waitFor();
      await page.keyboard.press("Enter");
      await page.keyboard.press("3");
    }
    await page.getByTestId("finish-quiz").waitFor();
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=review-count]")?.textContent) === n, before + 3);

    await page.goto(`${baseUrl()}/review`);
    await page.locator("[data-testid=review-card][data-keys=ready]").waitFor();
    expect(await page.getByTestId("review-progress").innerText()).toContain("13 left today");
    const firstPrompt = await page.getByTestId("review-prompt").innerText();
    await page.keyboard.press(" ");
    await page.getByTestId("model-answer").waitFor();
    await page.keyboard.press("3");
    await page.getByTestId("review-progress").filter({ hasText: "1 done" }).waitFor();
    expect(await page.getByTestId("review-prompt").innerText()).not.toBe(firstPrompt);
    const userId = (await e2e.db.user.findFirstOrThrow({ where: { name: "Daily Reviewer" }, orderBy: { createdAt: "desc" }, select: { id: true } })).id;
    expect(await e2e.db.reviewLog.count({ where: { userId, source: "review" } })).toBe(1);

    // U takes the rating back: the same item is in front again and the log is gone.
    await page.keyboard.press("u");
    await page.getByTestId("review-progress").filter({ hasText: "0 done" }).waitFor();
    expect(await page.getByTestId("review-prompt").innerText()).toBe(firstPrompt);
    expect(await e2e.db.reviewLog.count({ where: { userId, source: "review" } })).toBe(0);

    // Two ratings for real, by mouse this time.
    for (let i = 0; i < 2; i++) {
      await page.getByTestId("reveal-answer").click();
      await page.getByTestId("rate-good").click();
      await page
        .getByTestId("review-progress")
        .filter({ hasText: `${i + 1} done` })
        .waitFor();
    }
    const answered = await e2e.db.reviewLog.count({ where: { userId } });
    expect(answered).toBe(5);

    await page.goto(`${baseUrl()}/progress`);
    const progress = (await (await page.request.get(`${baseUrl()}/api/me/progress`)).json()) as { data: { today: { day: string; reviews: number } } };
    expect(progress.data.today.reviews).toBe(5);
    const square = page.locator(`[data-testid=activity-heatmap] [data-date="${progress.data.today.day}"]`);
    expect(await square.getAttribute("data-count")).toBe("5");
    // The forecast's first bars (the cards answered today are due again within minutes: today,
    // or tomorrow when the run is just before the learner-day's 04:00 start) and the first row
    // of the activity table.
    await page.locator("[data-testid=forecast-chart] .recharts-bar-rectangle").first().waitFor();
    const forecast = (await (await page.request.get(`${baseUrl()}/api/me/progress`)).json()) as { data: { forecast: { due: number }[] } };
    expect(forecast.data.forecast[0]!.due + forecast.data.forecast[1]!.due).toBeGreaterThan(0);
    await page.getByText("Show active days as a table").click();
    expect(await page.locator("table").first().locator("tbody tr").first().innerText()).toContain("5");
    expect(await page.getByTestId("stat-streak").innerText()).toContain("1 day");
    await page.close();
  });

  it("shows the done screen with the next review time once the queue is empty", async () => {
    const page = await e2e.browser.newPage();
    await signUpNewLearner(page, "Empty Queue");
    await page.goto(`${baseUrl()}/settings`);
    await page.getByLabel("New items a day").fill("1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByTestId("settings-message").filter({ hasText: "Saved." }).waitFor();
    await page.goto(`${baseUrl()}/review`);
    await page.locator("[data-testid=review-card][data-keys=ready]").waitFor();
    await page.keyboard.press(" ");
    await page.getByTestId("model-answer").waitFor();
    await page.keyboard.press("4");
    // Easy on a new card skips the learning steps: nothing is left for today.
    await page.getByTestId("review-done").waitFor();
    expect(await page.getByTestId("review-next-summary").innerText()).toMatch(/^Next review (tomorrow|on .+) at \d\d:\d\d, 1 due\.$/);
    await page.getByTestId("practise-anyway").click();
    await page.waitForURL(/\/quiz\/[a-z0-9]+$/);
    await page.close();
  });

  it("refuses settings out of range with a message and keeps the old ones", async () => {
    const page = await e2e.browser.newPage();
    await signUpNewLearner(page, "Settings Tester");
    const response = await page.request.put(`${baseUrl()}/api/me/settings`, {
      data: { desiredRetention: 0.99, newPerDay: 10, dailyGoal: 20, timeZone: "UTC", dayStartHour: 4 },
    });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/at most 0.97/);
    const settings = (await (await page.request.get(`${baseUrl()}/api/me/settings`)).json()) as { data: { desiredRetention: number } };
    expect(settings.data.desiredRetention).toBe(0.9);
    const badRating = await page.request.post(`${baseUrl()}/api/review/answers`, {
      data: { ref: "new:abc", response: { kind: "recall", rating: "perfect" }, idempotencyKey: crypto.randomUUID() },
    });
    expect(badRating.status()).toBe(400);
    const undo = await page.request.post(`${baseUrl()}/api/review/undo`, { data: { logId: "nothing-here" } });
    expect(undo.status()).toBe(404);
    await page.close();
  });
});
