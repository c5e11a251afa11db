// str counts code points only once a character beyond U+FFFF has entered the program (runtime/
// str-cp.ts), so every way in must say so. The golden cases cannot check that: they share one
// runtime, where the first emoji any case prints turns the flag on for all the rest. Here each
// program runs in a fresh copy of the sandbox's modules, with the flag still off.
import { describe, expect, it, vi } from "vitest";
import type { runProgram as TRunProgram } from "../index";

async function runFresh(source: string): Promise<string> {
  vi.resetModules();
  const { runProgram } = (await import("../index")) as { runProgram: typeof TRunProgram };
  const r = runProgram(source, { filename: "main.py" });
  expect(r.stderr).toBe("");
  return r.stdout;
}

// each program makes its wide character a different way, then asks a question whose answer
// differs between code points and UTF-16 units (outputs from CPython 3.11)
const WAYS_IN: [string, string, string][] = [
  ["a literal", 's = "a😀b"\nprint(len(s), s[2], s.find("b"))\n', "3 b 2\n"],
  ["a \\U escape", 's = "a\\U0001F600b"\nprint(len(s), s[2])\n', "3 b\n"],
  ["chr()", "s = chr(0x1F600) + 'b'\nprint(len(s), s[1], s < '\\uffff')\n", "2 b False\n"],
  ["%c", "s = '%c' % 0x1F600 + 'b'\nprint(len(s), s[1])\n", "2 b\n"],
  ["format code c", "s = format(0x1F600, 'c') + 'b'\nprint(len(s), s[1])\n", "2 b\n"],
  ["str.translate", "s = 'ab'.translate({97: 0x1F600})\nprint(len(s), s[1])\n", "2 b\n"],
  ["json.loads", "import json\ns = json.loads('\"\\\\ud83d\\\\ude00b\"')\nprint(len(s), s[1])\n", "2 b\n"],
  ["UTF-8 decoding", "s = b'\\xf0\\x9f\\x98\\x80b'.decode()\nprint(len(s), s[1])\n", "2 b\n"],
  ["UTF-16 decoding", "s = b'=\\xd8\\x00\\xdeb\\x00'.decode('utf-16-le')\nprint(len(s), s[1])\n", "2 b\n"],
  ["UTF-32 decoding", "s = b'\\x00\\xf6\\x01\\x00b\\x00\\x00\\x00'.decode('utf-32-le')\nprint(len(s), s[1])\n", "2 b\n"],
];

describe("str code points", () => {
  for (const [way, source, expected] of WAYS_IN) {
    it(`counts a character beyond U+FFFF made by ${way} as one`, async () => {
      expect(await runFresh(source)).toBe(expected);
    });
  }

  it("keeps plain strings on the JS operations and gets them right", async () => {
    const out = await runFresh("s = 'héllo wörld' * 3\nprint(len(s), s[13], s[::-5], s.find('w', 10), sorted(['b', 'é', 'a']))\n");
    expect(out).toBe("33 l d hwéöl 17 ['a', 'b', 'é']\n");
  });
});
