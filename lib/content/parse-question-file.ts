import type { TProgramRun } from "@/lib/quiz/run-prediction";
import type { TFenceRunner } from "./run-fence";
import { checkQuestionBody } from "./check-question-body";
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

export type TBodyRunners = { run?: (code: string) => TProgramRun; runFence?: TFenceRunner };
export type TParsedQuestion = TQuestionFrontMatter & { slug: string; body: string };
export type TParsedBank = TBankFrontMatter & { intro: string };
export type TParseResult<T> = { ok: true; data: T } | { ok: false; error: TContentError };

/** `run` and `runFence` answer predict blocks and fences from runs made elsewhere (the server's
 * worker threads); without them they run here, in the sandbox. `checkBody: false` reads the front
 * matter and body only. */
export function parseQuestionFile(text: string, options: TBodyRunners & { checkBody?: boolean } = {}): TParseResult<TParsedQuestion> {
  const split = splitFrontMatter(text);
  if (!split.ok) return split;
  const parsed = ZQuestionFrontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { line: lineOfKey(text, issue?.path[0] as string), message: issue ? describeZodIssue(issue) : "invalid front matter" } };
  }
  // Predict blocks run once in the sandbox here: a prediction about a program that fails or prints
  // nothing to order is a content error, caught before import.
  const runners = { ...(options.run ? { run: options.run } : {}), ...(options.runFence ? { runFence: options.runFence } : {}) };
  const problem = options.checkBody === false ? undefined : checkQuestionBody(split.body, runners)[0];
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
