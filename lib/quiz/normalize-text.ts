// Brackets are kept at the ends so "O(1)" and "O(n)" stay what they are; every other punctuation
// mark at either end (quotes, full stops, colons…) is noise for comparing answers.
const KEPT_AT_EDGES = new Set(["(", ")", "[", "]", "{", "}"]);

function isEdgeNoise(char: string): boolean {
  return /\s/u.test(char) || (/\p{P}/u.test(char) && !KEPT_AT_EDGES.has(char));
}

// The comparison key for short-text answers and for option uniqueness: NFKC, lower case,
// backticks dropped (inline code is formatting, not content), whitespace collapsed, surrounding
// punctuation stripped. If stripping would leave nothing (an answer like "==" or "..."), the
// unstripped form is kept so symbols stay comparable.
export function normalizeText(s: string): string {
  const base = s.normalize("NFKC").toLowerCase().replace(/`/g, "").replace(/\s+/gu, " ").trim();
  const chars = Array.from(base);
  let start = 0;
  let end = chars.length;
  while (start < end && isEdgeNoise(chars[start] ?? "")) start++;
  while (end > start && isEdgeNoise(chars[end - 1] ?? "")) end--;
  const stripped = chars.slice(start, end).join("");
  return stripped === "" ? base : stripped;
}
