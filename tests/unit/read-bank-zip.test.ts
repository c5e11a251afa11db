import { zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { zipFiles } from "@/lib/exchange/zip-files";
import { readBankZip, ZIP_LIMITS } from "@/lib/server/exchange/read-bank-zip";

const text = (s: string) => new TextEncoder().encode(s);
const BANK = '---\nslug: demo\nname: Demo\nemoji: "🧪"\ndescription: A bank.\n---\n';
const QUESTION = "---\nnumber: 1\ntitle: First question\ntags: []\ndifficulty: easy\n---\nAnswer.\n";

async function refusal(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<string> {
  const error = await readBankZip(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected the zip to be refused").toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  return (error as AppError).message;
}

// Rewrites the uncompressed size every header of the zip declares, as a zip bomb would.
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 4 <= copy.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return copy;
}

describe("readBankZip", () => {
  it("reads a bank folder written by the export, and one zipped from inside the folder", async () => {
    async function* files() {
      yield { path: "demo/bank.md", text: BANK };
      yield { path: "demo/001-first-question.md", text: QUESTION };
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of zipFiles(files())) chunks.push(chunk);
    const exported = new Uint8Array(Buffer.concat(chunks));
    expect(await readBankZip(exported)).toEqual({
      root: "demo",
      bankFile: { path: "demo/bank.md", text: BANK },
      questionFiles: [{ path: "demo/001-first-question.md", text: QUESTION }],
      ignored: [],
      problems: [],
    });
    const flat = zipSync({
      "bank.md": text(BANK),
      "001-q.md": text(QUESTION),
      "README.md": text("notes"),
      "__MACOSX/._bank.md": text("x"),
      "img/": {},
      "002-bad.md": new Uint8Array([0xff, 0xfe, 0x00]),
    } as Zippable);
    const read = await readBankZip(flat);
    expect(read.root).toBe("");
    expect(read.questionFiles.map((f) => f.path)).toEqual(["001-q.md"]);
    expect(read.ignored.sort()).toEqual(["README.md", "__MACOSX/._bank.md"]);
    expect(read.problems).toEqual([{ path: "002-bad.md", line: 1, message: "the file is not UTF-8 text" }]);
  });

  it("writes the same bytes for the same files", async () => {
    const once = async () => {
      const chunks: Uint8Array[] = [];
      async function* files() {
        yield { path: "demo/bank.md", text: BANK };
      }
      for await (const chunk of zipFiles(files())) chunks.push(chunk);
      return Buffer.concat(chunks).toString("hex");
    };
    expect(await once()).toBe(await once());
  });

  it("refuses what is not a zip, or not one bank", async () => {
    expect(await refusal(text("just some text, not a zip at all"))).toBe("The file is not a zip archive.");
    expect(await refusal(new Uint8Array(0))).toBe("The file is not a zip archive.");
    expect(await refusal(zipSync({ "001-q.md": text(QUESTION) }))).toMatch(/^The zip has no bank\.md/);
    expect(await refusal(zipSync({ "a/bank.md": text(BANK), "b/bank.md": text(BANK) }))).toBe("The zip holds 2 banks (a/bank.md, b/bank.md); upload one bank per zip.");
    const truncated = zipSync({ "bank.md": text(BANK.repeat(50)) }, { level: 9 });
    expect(await refusal(truncated.slice(0, truncated.length - 30))).toMatch(/not a zip archive|damaged|could not be read/);
  });

  it("refuses paths that leave the folder: .., absolute, drive letters and backslashes", async () => {
    for (const name of ["../evil.md", "demo/../../evil.md", "/etc/bank.md", "C:/bank.md", "demo\\bank.md"]) {
      expect(await refusal(zipSync({ "bank.md": text(BANK), [name]: text(QUESTION) } as Zippable)), name).toMatch(/^The zip has a path that leaves its folder or is not portable/);
    }
  });

  it("refuses more than 2,000 entries, counting the entries it reads", async () => {
    const many: Zippable = { "bank.md": text(BANK) };
    for (let i = 0; i < 2000; i++) many[`x/${i}.txt`] = text("");
    expect(await refusal(zipSync(many))).toBe("The zip holds more than 2,000 entries; a bank folder needs far fewer.");
    // Fewer entries, same rule, with a limit of 3.
    expect(await refusal(zipSync({ "bank.md": text(BANK), "a.txt": text(""), "b.txt": text(""), "c.txt": text("") }), { ...ZIP_LIMITS, maxEntries: 3 })).toMatch(
      /more than 3 entries/,
    );
  });

  it("stops inflating at 20 MB, and refuses an entry that inflates past what its header declares", async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const bomb = zipSync({ "bank.md": text(BANK), "001-q.md": big }, { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await refusal(bomb)).toBe("The zip unpacks to more than 20 MB; a bank's text is far smaller.");
    // Spread over many files, the total counts.
    const spread: Zippable = { "bank.md": text(BANK) };
    for (let i = 1; i <= 30; i++) spread[`${String(i).padStart(3, "0")}-q.md`] = new Uint8Array(1024 * 1024).fill(0x62);
    expect(await refusal(zipSync(spread, { level: 9 }))).toBe("The zip unpacks to more than 20 MB; a bank's text is far smaller.");
    // A header that lies about the size is caught while inflating, not believed.
    const liar = declareSize(zipSync({ "bank.md": new Uint8Array(5 * 1024 * 1024).fill(0x63) }, { level: 9 }), 100);
    expect(await refusal(liar)).toBe("An entry of the zip inflates to more than its header declares (a zip bomb?); nothing was read.");
  });
});
