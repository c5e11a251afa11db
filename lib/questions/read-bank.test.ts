import { describe, expect, it } from "vitest";
import { readBank } from "./read-bank";

const file = (front: string, body = "Body text.") => `---\n${front}\n---\n${body}\n`;
const bank = { path: "b/bank.md", text: file('slug: demo\nname: Demo\nemoji: "🧪"\ndescription: Demo bank.\nplanned: 3') };

describe("readBank: every file's body is checked", () => {
  it.each([
    ["an empty body", file("number: 1\ntitle: Valid title\ndifficulty: easy", "   "), 6, /body is empty/],
    [
      "a quiz block inside a list",
      file("number: 1\ntitle: Valid title\ndifficulty: easy", "Text.\n\n- Point:\n\n  ```quiz\n  kind: recall\n  prompt: Why?\n  explanation: Because.\n  ```"),
      10,
      /^quiz block: .*not inside a list or blockquote/,
    ],
    ["a broken quiz block", file("number: 1\ntitle: Valid title\ndifficulty: easy", "Text.\n\n```quiz\nkind: essay\nprompt: Why?\n```"), 9, /^quiz block: kind must be one of/],
    ["a failing sandbox fence", file("number: 1\ntitle: Valid title\ndifficulty: easy", "Text.\n\n```python sandbox\n1 / 0\n```"), 8, /ZeroDivisionError: division by zero/],
  ])("rejects %s with the line in the file", (_name, text, line, message) => {
    const result = readBank(bank, [{ path: "b/001-a.md", text }]);
    expect(result.questions).toEqual([]);
    expect(result.errors).toEqual([{ path: "b/001-a.md", line, message: expect.stringMatching(message) }]);
  });
});

describe("readBank", () => {
  it("keeps good files, reports clashes after the first use, and sorts by number", () => {
    const result = readBank(bank, [
      { path: "b/002-b.md", text: file("number: 2\ntitle: Second one\ndifficulty: easy") },
      { path: "b/001-a.md", text: file("number: 1\ntitle: First one\ndifficulty: easy") },
      { path: "b/003-c.md", text: file("number: 3\ntitle: first ONE\ndifficulty: easy") },
    ]);
    expect(result.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(result.errors).toEqual([{ path: "b/003-c.md", line: 2, message: "title is also used by b/001-a.md" }]);
  });
  it("imports nothing when bank.md itself is broken", () => {
    const result = readBank({ path: "b/bank.md", text: file("slug: Not Kebab\nname: x\nemoji: x\ndescription: x") }, [
      { path: "b/001-a.md", text: file("number: 1\ntitle: First one\ndifficulty: easy") },
    ]);
    expect(result.bank).toBeNull();
    expect(result.questions).toEqual([]);
    expect(result.errors[0]).toMatchObject({ path: "b/bank.md", line: 2 });
  });
});
