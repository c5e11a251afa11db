import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importContent } from "@/lib/server/data/content/import-content";
import { getBank } from "@/lib/server/data/banks/get-bank";
import { getQuestionPage } from "@/lib/server/data/questions/get-question-page";

beforeAll(async () => {
  const summary = await importContent({ dir: join(process.cwd(), "content") });
  expect(summary.errors).toEqual([]);
});
afterAll(() => db.$disconnect());

describe("the Python bank from content/", () => {
  it("serves Q60 with its bank header facts and neighbours", async () => {
    const page = await getQuestionPage({ bankSlug: "python", number: 60 });
    expect(page.bank).toEqual({ slug: "python", name: "Python", emoji: "🐍", size: 170 });
    expect(page.question.title).toBe("Difference between async and threading?");
    expect(page.version.bodyMarkdown).toMatch(/\| Aspect \| Threading \| Async \|/);
    expect(page.previous?.number).toBe(59);
    expect(page.next?.number).toBe(61);
  });

  it("carries which plain python fences run cleanly: Q1's two examples, and of Q60's plain fences the run_coroutine_threadsafe one (its sandbox fences run by their option)", async () => {
    expect((await getQuestionPage({ bankSlug: "python", number: 1 })).version.runnableFences).toEqual([1, 2]);
    expect((await getQuestionPage({ bankSlug: "python", number: 60 })).version.runnableFences).toEqual([6]);
  });

  it("answers NOT_FOUND for an unknown bank or number", async () => {
    await expect(getQuestionPage({ bankSlug: "cobol", number: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getQuestionPage({ bankSlug: "python", number: 9999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getBank({ slug: "cobol" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
