import { SHORT_TEXT_MAX } from "./limits";

// Answers stored before texts had a ceiling can be megabytes long; nothing shows more than the
// first SHORT_TEXT_MAX characters of one, so that is all that is ever sent back (a quiz read
// back, the data export). The cut never splits a surrogate pair.
export function clipStoredResponse(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("kind" in value) || value.kind !== "short_text" || !("text" in value)) return value;
  const { text } = value;
  if (typeof text !== "string" || text.length <= SHORT_TEXT_MAX) return value;
  return { ...value, text: `${text.slice(0, SHORT_TEXT_MAX - 1).replace(/[\uD800-\uDBFF]$/, "")}…` };
}
