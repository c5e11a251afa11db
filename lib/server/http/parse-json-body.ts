import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { ANSWER_BODY_LIMIT } from "./body-limits";
import { assertSameOrigin } from "./check-origin";
import { readBodyBytes } from "./read-body";

/** Deeper than any body a route accepts; the check keeps validation from recursing without end. */
const MAX_DEPTH = 16;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The one way a route handler reads a JSON body: from this site (Origin), declared as JSON (a
// form post or text/plain "simple request" is refused, so a cross-site page cannot send one
// without a CORS preflight), at most `maxBytes` long, valid UTF-8, no deeper than MAX_DEPTH, no
// string a database cannot store (a lone surrogate breaks PostgreSQL's UTF-8, NUL breaks its
// text), and then the route's zod schema. `checkOrigin: false` is for a caller that has checked
// Origin already, or for a request whose credentials are not ambient (a bearer token).
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T, options: { maxBytes?: number; checkOrigin?: boolean } = {}): Promise<z.infer<T>> {
  if (options.checkOrigin !== false) assertSameOrigin(request);
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  const bytes = await readBodyBytes(request, options.maxBytes ?? ANSWER_BODY_LIMIT);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("VALIDATION", "The request body is not valid UTF-8.");
  }
  if (text.trim() === "") throw new AppError("VALIDATION", "The request body is empty; it must be JSON.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The request body must be JSON.");
  }
  const problem = findUnstorableValue(body);
  if (problem) throw new AppError("VALIDATION", problem);
  return parseWith(schema, body);
}

/** A zod parse whose failure is a VALIDATION error naming the first problem and where it is. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    // Keyed by the whole path ("content.title"), so a form can put each message by its field.
    const fields: Record<string, string[]> = {};
    for (const each of parsed.error.issues) (fields[each.path.join(".") || "_"] ??= []).push(each.message);
    throw new AppError("VALIDATION", `${where}${issue?.message ?? "invalid request"}`, fields);
  }
  return parsed.data;
}

/** Walks the parsed JSON without recursion and names the first value no route may receive. */
export function findUnstorableValue(root: unknown): string | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) return "Text in the request must be valid Unicode (it has a lone surrogate).";
      if (value.includes("\u0000")) return "Text in the request must not contain NUL characters.";
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_DEPTH) return `The request body is nested too deeply (more than ${MAX_DEPTH} levels).`;
    if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
    else
      for (const [key, item] of Object.entries(value)) {
        stack.push([key, depth + 1]);
        stack.push([item, depth + 1]);
      }
  }
  return null;
}
