/** The stored form of an answer body, whether it came from a file or the editor: no leading blank
 * lines, no trailing whitespace, one final newline. Equal texts hash equal either way. */
export function normalizeBody(body: string): string {
  return body.replace(/\r\n/g, "\n").replace(/^\n+/, "").replace(/\s+$/, "") + "\n";
}
