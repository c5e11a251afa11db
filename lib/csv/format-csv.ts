// RFC 4180 CSV: a field with a comma, quote, CR or LF is quoted and its quotes doubled; rows end
// with CRLF. A field starting with = + - @ (or a tab/CR) is prefixed with an apostrophe when
// `guardFormulas` is set, so a spreadsheet opening the file does not run it as a formula.
export type TCsvValue = string | number | boolean | null | undefined;

export function formatCsvField(value: TCsvValue, options: { guardFormulas?: boolean } = {}): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (options.guardFormulas && typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvRow(values: readonly TCsvValue[], options: { guardFormulas?: boolean } = {}): string {
  return `${values.map((v) => formatCsvField(v, options)).join(",")}\r\n`;
}
