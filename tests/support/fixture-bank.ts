import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type TFixtureQuestion = { file: string; text: string };

export function questionText(q: { number: number; title: string; body: string; tags?: string[]; difficulty?: string }): string {
  return `---\nnumber: ${q.number}\ntitle: "${q.title}"\ntags: [${(q.tags ?? ["demo"]).join(", ")}]\ndifficulty: ${q.difficulty ?? "easy"}\n---\n${q.body}\n`;
}

// Writes a throwaway content folder with one bank, so import tests never touch content/.
export function writeFixtureBank(slug: string, questions: TFixtureQuestion[], planned = 10): string {
  const dir = mkdtempSync(join(tmpdir(), "interleave-content-"));
  const bankDir = join(dir, slug);
  mkdirSync(bankDir);
  writeFileSync(join(bankDir, "bank.md"), `---\nslug: ${slug}\nname: Fixture ${slug.slice(0, 12)}\nemoji: "🧪"\ndescription: A bank made by a test.\nplanned: ${planned}\n---\n`);
  for (const q of questions) writeFileSync(join(bankDir, q.file), q.text);
  return dir;
}
