import { describe, expect, it } from "vitest";
import { formatCsvField, formatCsvRow } from "./format-csv";

describe("CSV", () => {
  it("quotes what needs quoting and nothing else", () => {
    expect(formatCsvRow(["a", 1, true, null, undefined])).toBe("a,1,true,,\r\n");
    expect(formatCsvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(formatCsvField("x\r")).toBe('"x\r"');
  });
  it("guards formula-looking text when asked", () => {
    expect(formatCsvField("=SUM(A1)", { guardFormulas: true })).toBe("'=SUM(A1)");
    expect(formatCsvField("-3", { guardFormulas: true })).toBe("'-3");
    expect(formatCsvField(-3, { guardFormulas: true })).toBe("-3");
    expect(formatCsvField("=SUM(A1)")).toBe("=SUM(A1)");
  });
});
