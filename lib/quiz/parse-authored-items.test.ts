import { describe, expect, it } from "vitest";
import { gradeResponse, parseAuthoredItems } from "@/lib/quiz";

const md = `# Notes

\`\`\`quiz
kind: single_choice
prompt: Which call starts an event loop from synchronous code?
options:
  - asyncio.run
  - asyncio.sleep
  - asyncio.gather
answer: asyncio.run
explanation: It creates the loop, runs the coroutine, closes the loop.
\`\`\`

\`\`\`quiz
id: py-async-mc
kind: multiple_choice
prompt: Which of these suspend the current coroutine?
options: ["\`await asyncio.sleep(1)\`", "\`time.sleep(1)\`", "\`await queue.get()\`"]
answer: [0, "\`await queue.get()\`"]
\`\`\`

\`\`\`quiz
kind: true_false
prompt: A blocking call inside a coroutine stalls every task on the loop.
answer: true
\`\`\`

\`\`\`quiz
kind: ordering
prompt: Put the steps of \`asyncio.run(main())\` in order.
options:
  - Create a new event loop
  - Run main() to completion
  - Close the loop
\`\`\`

\`\`\`quiz
kind: short_text
prompt: Which keyword hands control back to the event loop?
answer: [await, "\`await\`"]
\`\`\`

\`\`\`quiz
kind: recall
prompt: Explain cooperative multitasking.
explanation: Tasks give up control voluntarily, at await.
\`\`\`
`;

describe("parseAuthoredItems", () => {
  it("parses every kind", () => {
    const { items, errors } = parseAuthoredItems(md);
    expect(errors).toEqual([]);
    expect(items.map((i) => i.kind)).toEqual(["single_choice", "multiple_choice", "true_false", "ordering", "short_text", "recall"]);
    for (const item of items) {
      expect(item.generator).toBe("authored");
      expect(item.source).toEqual({ table: -1, row: null, column: null });
    }
    const [single, multiple, trueFalse, ordering, shortText] = items;
    expect(single?.answer).toEqual([0]);
    expect(multiple?.id).toBe("py-async-mc");
    expect(multiple?.answer).toEqual([0, 2]);
    expect(trueFalse?.options).toEqual(["True", "False"]);
    expect(trueFalse?.answer).toEqual([0]);
    expect(shortText?.answer).toEqual(["await", "`await`"]);
    // Ordering is shown shuffled (never already solved) and the answer restores the written order.
    expect(ordering?.options).not.toEqual(["Create a new event loop", "Run main() to completion", "Close the loop"]);
    expect((ordering?.answer as number[]).map((i) => ordering?.options[i])).toEqual(["Create a new event loop", "Run main() to completion", "Close the loop"]);
    if (ordering) expect(gradeResponse(ordering, { kind: "ordering", order: ordering.answer as number[] })).toMatchObject({ ok: true, correct: true });
  });

  it("gives stable ids that ignore the explanation", () => {
    const a = parseAuthoredItems(md).items.map((i) => i.id);
    expect(parseAuthoredItems(md).items.map((i) => i.id)).toEqual(a);
    const edited = parseAuthoredItems(md.replace("closes the loop.", "then closes it."));
    expect(edited.items.map((i) => i.id)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });

  it("reports errors with the markdown line", () => {
    const bad = [
      "intro", // 1
      "```quiz", // 2
      "kind: single_choice", // 3
      "prompt: Pick", // 4
      "options: [a, b]", // 5
      "answer: c", // 6
      "```", // 7
      "", // 8
      "```quiz", // 9
      "kind: multiple_choice", // 10
      "prompt: Pick", // 11
      "options:", // 12
      "  - a", // 13
      "  - ''", // 14
      "answer: [a]", // 15
      "```", // 16
      "```quiz", // 17
      "kind: essay", // 18
      "```", // 19
      "```quiz", // 20
      "kind: true_false", // 21
      "prompt: [unclosed", // 22
      "```", // 23
      "```quiz", // 24
      "kind: short_text", // 25
      "prompt: Word?", // 26
      "answer: x", // 27
      "colour: red", // 28
      "```", // 29
      "```quiz", // 30
      "kind: single_choice", // 31
      "options: [a, A]", // 32
      "prompt: Same?", // 33
      "answer: 0", // 34
      "```", // 35
      "```quiz", // 36
      "kind: true_false", // 37
      "answer: true", // 38
      "```", // 39
      "```quiz", // 40
      "```", // 41
    ].join("\n");
    const { items, errors } = parseAuthoredItems(bad);
    expect(items).toEqual([]);
    expect(errors).toEqual([
      { line: 6, message: 'answer "c" is not one of the options' },
      { line: 14, message: expect.stringMatching(/^options\.1: /) },
      { line: 18, message: expect.stringMatching(/^kind must be one of single_choice, multiple_choice/) },
      { line: 22, message: expect.stringMatching(/not valid YAML/) },
      { line: 28, message: expect.stringMatching(/colour/) },
      { line: 34, message: expect.stringMatching(/options must differ/) },
      { line: 36, message: expect.stringMatching(/^prompt: /) },
      { line: 40, message: "quiz block is empty" },
    ]);
  });

  it("rejects reserved ids", () => {
    const { errors } = parseAuthoredItems("```quiz\nid: recall\nkind: recall\nprompt: x\nexplanation: y\n```\n");
    expect(errors).toEqual([{ line: 2, message: "id: id is reserved" }]);
  });

  it("rejects duplicate ids and ignores other fences", () => {
    const dup = "```quiz\nid: a\nkind: recall\nprompt: x\nexplanation: y\n```\n\n```python\nkind = 1\n```\n\n```quiz\nid: a\nkind: recall\nprompt: z\nexplanation: y\n```\n";
    const { items, errors } = parseAuthoredItems(dup);
    expect(items).toHaveLength(1);
    expect(errors).toEqual([{ line: 12, message: "duplicate quiz item id a" }]);
  });

  it("rejects a quiz block nested in a list or blockquote instead of importing it", () => {
    const block = "```quiz\nkind: true_false\nprompt: Nested?\nanswer: true\n```";
    const inList = `Intro.\n\n- A point:\n\n  ${block.split("\n").join("\n  ")}\n`;
    const inQuote = `Intro.\n\n> ${block.split("\n").join("\n> ")}\n`;
    const deep = `> - ${block.split("\n").join("\n>   ")}\n`;
    for (const [markdown, line] of [
      [inList, 5],
      [inQuote, 3],
      [deep, 1],
    ] as const) {
      const { items, errors } = parseAuthoredItems(markdown);
      expect(items).toEqual([]);
      expect(errors).toEqual([{ line, message: expect.stringMatching(/must stand on its own.*not inside a list or blockquote/) }]);
    }
  });
});
