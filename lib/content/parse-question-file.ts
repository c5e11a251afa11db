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
import { normalizeBody } from "./normalize-body";
import { slugify } from "./slugify";

/** A body problem as the file reports it: "body" (the body as a whole) is reported at the body's
 * first line, anything else at its own line. */
export type TBodyChecker = (body: string) => { line: number; check: string; message: string } | undefined;
export type TParsedQuestion = TQuestionFrontMatter & { slug: string; body: string };
export type TParsedBank = TBankFrontMatter & { intro: string };
export type TParseResult<T> = { ok: true; data: T } | { ok: false; error: TContentError };

const QUESTION_FILE = /^\d{1,4}-[^/]*\.md$/;

export function isQuestionFileName(name: string): boolean {
  return QUESTION_FILE.test(name);
}

/** The front matter and body of a question file. `checkBody` judges the body (lib/questions'
 * checkQuestionBody for an import); without it only the file's shape is read. */
export function parseQuestionFile(text: string, options: { checkBody?: TBodyChecker } = {}): TParseResult<TParsedQuestion> {
  const split = splitFrontMatter(text);
  if (!split.ok) return split;
  const parsed = ZQuestionFrontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { line: lineOfKey(text, issue?.path[0] as string), message: issue ? describeZodIssue(issue) : "invalid front matter" } };
  }
  const problem = options.checkBody?.(split.body);
  if (problem) return { ok: false, error: { line: problem.check === "body" ? split.bodyStartLine : problem.line + split.bodyStartLine - 1, message: problem.message } };
  const slug = parsed.data.slug ?? slugify(parsed.data.title);
  if (!slug) return { ok: false, error: { line: lineOfKey(text, "title"), message: "title gives an empty slug; add a slug" } };
  return { ok: true, data: { ...parsed.data, slug, body: normalizeBody(split.body) } };
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
