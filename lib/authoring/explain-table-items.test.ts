import { describe, expect, it } from "vitest";
import { explainTableItems } from "./explain-table-items";

const rows = (...cells: string[][]) => cells.map((row) => `| ${row.join(" | ")} |`).join("\n");

describe("explainTableItems", () => {
  it("says nothing about a good comparison table", () => {
    const body = rows(
      ["Aspect", "Threads", "Tasks"],
      ["---", "---", "---"],
      ["Switching", "Pre-emptive, by the interpreter", "Only at await"],
      ["Scale", "Hundreds", "Tens of thousands"],
      ["Memory", "A stack each", "A small object each"],
      ["Blocking calls", "Fine", "Stall everything"],
    );
    expect(explainTableItems(`Intro.\n\n${body}\n`)).toEqual([]);
  });

  it("explains an unusable table and rows that give fewer items, each on its line", () => {
    const body = [
      "Intro.",
      "",
      rows(["Aspect", "Only one"], ["---", "---"], ["a", "b"], ["c", "d"]),
      "",
      rows(
        ["Aspect", "Process", "Thread"],
        ["---", "---", "---"],
        ["Memory", "Separate", "Shared"],
        ["Memory", "Again", "Repeated"],
        ["GIL", "No", "No"],
        ["Start-up", "A new process spawns", "Cheap"],
      ),
    ].join("\n");
    const notes = explainTableItems(`${body}\n`);
    expect(notes.map((n) => [n.line, n.table, n.message])).toEqual([
      [3, 0, "table 1 gives no quiz items: it needs an aspect column and at least 2 subject columns"],
      [8, 1, "table 2 has 2 fully usable rows; with at least 4 every kind of item can be made"],
      [11, 1, "“Memory” repeats an earlier row's aspect, so this row gives no items"],
      [12, 1, "“GIL”: two subjects share the same value, so this row only asks which subject fits its other cells"],
      [13, 1, "“Start-up” under Process names its own subject, which gives the answer away: the cell is never used as a clue or an option"],
    ]);
  });
});
