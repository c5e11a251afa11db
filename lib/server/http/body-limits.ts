// The most a route reads from a request body. A route handler passes its limit to parseJsonBody
// (or readBodyBytes); anything larger is refused with a 413 before it is parsed or stored.
// The serving layer does not cap bodies itself, so a route that never reads its body costs
// nothing either way.

/** Answers, predictions, reviews, quiz settings: the largest legitimate body is a few KB. */
export const ANSWER_BODY_LIMIT = 64 * 1024;
/** A bank's zip upload: far more than any bank needs (the content folder zips to well under 2 MB). */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;
/** Sign-in, sign-up and password forms. */
export const ACCOUNT_BODY_LIMIT = 8 * 1024;
/** An author's draft, through /api/author or the public API: a 200 KB body (MAX_BODY_BYTES) and
 * its front matter, with room for JSON's escapes of quotes, backslashes and newlines. */
export const AUTHORING_BODY_LIMIT = 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
