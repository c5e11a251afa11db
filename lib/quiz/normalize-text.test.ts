import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/quiz";

describe("normalizeText", () => {
  it("folds case and width, collapses spaces, drops backticks and surrounding punctuation", () => {
    expect(normalizeText("  `Await`. ")).toBe("await");
    expect(normalizeText("Ｆｕｌｌ\u00a0 width")).toBe("full width");
    expect(normalizeText("“Quoted!”")).toBe("quoted");
    expect(normalizeText("calls `foo()` first")).toBe("calls foo() first");
  });

  it("keeps brackets and all-symbol answers", () => {
    expect(normalizeText("O(1)")).toBe("o(1)");
    expect(normalizeText("O(1)")).not.toBe(normalizeText("O(n)"));
    expect(normalizeText("==")).toBe("==");
    expect(normalizeText("...")).toBe("...");
  });
});
