// Lower-cases a leading plain capitalised word for use mid-sentence ("Concurrency model" →
// "concurrency model") but leaves acronyms, mixed case and code alone ("GIL impact", "NaN …",
// "`tzinfo` attribute").
export function lowerFirstWord(text: string): string {
  const match = /^(\p{Lu}\p{Ll}*)(?=[\s,;:?!.]|$)/u.exec(text);
  if (!match?.[1]) return text;
  return match[1].toLowerCase() + text.slice(match[1].length);
}

// "Aspect: value", or "Aspect? value" when the aspect is itself a question.
export function formatFact(attribute: string, value: string): string {
  return /[?:]$/.test(attribute) ? `${attribute} ${value}` : `${attribute}: ${value}`;
}

export function quote(text: string): string {
  return `“${text}”`;
}

// Values are quoted because they often contain ";" or ",", which would blur where one ends.
export function describeRow(attribute: string, facts: readonly { subject: string; value: string }[]): string {
  return `${attribute}: ${facts.map((f) => `${f.subject} — ${quote(f.value)}`).join("; ")}.`;
}
