import { buildPredictItems } from "@/lib/quiz/generators/predict";
import { parseAuthoredItems } from "@/lib/quiz/parse-authored-items";
import { checkSandboxBlocks } from "./check-sandbox-blocks";
import { checkTables } from "./check-tables";
import {
  describeZodIssue,
  lineOfKey,
  splitFrontMatter,
  ZBankFrontMatter,
  ZQuestionFrontMatter,
  type TBankFrontMatter,
  type TContentError,
  type TQuestionFrontMatter,
} from "./front-matter";
import { parseMarkdown } from "./parse-markdown";
import { checkSandboxFencesRun } from "./run-fence";
import { slugify } from "./slugify";

export type TParsedQuestion = TQuestionFrontMatter & { slug: string; body: string };
export type TParsedBank = TBankFrontMatter & { intro: string };
export type TParseResult<T> = { ok: true; data: T } | { ok: false; error: TContentError };

export function parseQuestionFile(text: string): TParseResult<TParsedQuestion> {
  const split = splitFrontMatter(text);
  if (!split.ok) return split;
  const parsed = ZQuestionFrontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { line: lineOfKey(text, issue?.path[0] as string), message: issue ? describeZodIssue(issue) : "invalid front matter" } };
  }
  const body = split.body.trim();
  if (body.length === 0) return { ok: false, error: { line: split.bodyStartLine, message: "the answer body is empty" } };
  const tree = parseMarkdown(split.body);
  const structureError = checkTables(tree, split.bodyStartLine - 1)[0] ?? checkSandboxBlocks(tree, split.bodyStartLine - 1)[0];
  if (structureError) return { ok: false, error: structureError };
  const quizError = parseAuthoredItems(split.body).errors[0];
  if (quizError) return { ok: false, error: { line: quizError.line + split.bodyStartLine - 1, message: `quiz block: ${quizError.message}` } };
  const runError = checkSandboxFencesRun(tree, split.bodyStartLine - 1)[0];
  if (runError) return { ok: false, error: runError };
  // Runs each predict block once in the sandbox: a prediction about a program that fails or
  // prints nothing to order is a content error, caught before import.
  const predictError = buildPredictItems(split.body).errors[0];
  if (predictError) return { ok: false, error: { line: predictError.line + split.bodyStartLine - 1, message: `sandbox predict block: ${predictError.message}` } };
  const slug = parsed.data.slug ?? slugify(parsed.data.title);
  if (!slug) return { ok: false, error: { line: lineOfKey(text, "title"), message: "title gives an empty slug; add a slug" } };
  return { ok: true, data: { ...parsed.data, slug, body: split.body.replace(/^\n+/, "").replace(/\s+$/, "") + "\n" } };
}

export function parseBankFile(text: string): TParseResult<TParsedBank> {
  const split = splitFrontMatter(text);
  if (!split.ok) return split;
  const parsed = ZBankFrontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { line: lineOfKey(text, issue?.path[0] as string), message: issue ? describeZodIssue(issue) : "invalid front matter" } };
  }
  return { ok: true, data: { ...parsed.data, intro: split.body.trim() } };
}
