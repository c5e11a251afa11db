import { parseDocument } from "yaml";
import { z } from "zod";

export const ZDifficulty = z.enum(["easy", "medium", "hard"]);
export type TDifficulty = z.infer<typeof ZDifficulty>;

export const ZQuestionFrontMatter = z
  .object({
    // The editor's limit too (MAX_QUESTION_NUMBER): imports park questions on numbers above it.
    number: z.number().int().positive().max(9999, "numbers go up to 9999"),
    title: z.string().trim().min(3).max(200),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be kebab-case")
      .optional(),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "tags are lowercase kebab-case")).max(8).default([]),
    difficulty: ZDifficulty,
  })
  .strict();
export type TQuestionFrontMatter = z.infer<typeof ZQuestionFrontMatter>;

export const ZBankFrontMatter = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be kebab-case"),
    name: z.string().trim().min(1).max(60),
    emoji: z.string().min(1).max(16),
    description: z.string().trim().min(1).max(300),
    planned: z.number().int().positive().optional(),
  })
  .strict();
export type TBankFrontMatter = z.infer<typeof ZBankFrontMatter>;

export type TContentError = { line: number; message: string };
/** A content error in one file of a bank folder. */
export type TFileError = { path: string; line: number; message: string };
export type TSplitResult =
  | { ok: true; data: unknown; body: string; bodyStartLine: number }
  | { ok: false; error: TContentError };

// Front matter is the block between the first two `---` lines. Lines are counted from 1 in the
// whole file so an author can jump straight to the reported line.
export function splitFrontMatter(text: string): TSplitResult {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") return { ok: false, error: { line: 1, message: "file must start with a --- front matter block" } };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end === -1) return { ok: false, error: { line: 1, message: "front matter block is not closed with ---" } };
  const doc = parseDocument(lines.slice(1, end).join("\n"), { prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = (first.linePos?.[0]?.line ?? 1) + 1;
    return { ok: false, error: { line, message: `front matter is not valid YAML: ${first.message.split("\n")[0]}` } };
  }
  return { ok: true, data: doc.toJS(), body: lines.slice(end + 1).join("\n"), bodyStartLine: end + 2 };
}

// Maps a zod issue on a front-matter key to the line where that key is written.
export function lineOfKey(text: string, key: string | number | undefined): number {
  if (typeof key !== "string") return 1;
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}
