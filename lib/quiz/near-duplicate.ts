// Whether two cells of one row say the same thing, so that a question quoting one of them would
// have two right answers ("No" vs "No, on the standard GIL build"; "One" vs "One, possibly
// holding it several times"; "O(1) average" vs "O(1) average, by key").

const ARTICLES = new Set(["a", "an", "the"]);
const BREAK = "|";

// "Never" answers a yes/no aspect the way "No" does; "Always" the way "Yes" does.
const VERDICT_WORDS: Record<string, "yes" | "no"> = { yes: "yes", always: "yes", no: "no", never: "no" };

// A cell as comparable tokens: prose words (NFKC, lower case, articles dropped, so "The OS
// kernel" = "OS kernel"), each code span as one token compared literally (`obj.name` is not
// `obj["name"]`), and BREAK where a clause ends (, ; : — or " (" before a parenthesis).
function tokenizeCell(text: string): string[] {
  const tokens: string[] = [];
  const parts = text.normalize("NFKC").split(/(`+[^`]*`+)/u);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      tokens.push(`\`${part.replace(/`/g, "").replace(/\s+/g, " ").trim()}`);
      return;
    }
    for (const match of part.toLowerCase().matchAll(/o\([^)]*\)|[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*|[,;:—]|\s[–-]\s|\s\(|\.\s/gu)) {
      const token = match[0];
      if (/^[\p{L}\p{N}o]/u.test(token)) {
        if (!ARTICLES.has(token)) tokens.push(token.replace(/\s+/g, ""));
      } else if (tokens.length > 0 && tokens[tokens.length - 1] !== BREAK) tokens.push(BREAK);
    }
  });
  while (tokens[tokens.length - 1] === BREAK) tokens.pop();
  return tokens;
}

// Words of a cell for comparing meaning (code spans are single tokens starting with a backtick).
export function toCellWords(text: string): string[] {
  return tokenizeCell(text).filter((t) => t !== BREAK);
}

// The cell's claim before any qualification: "Shared; needs locks" → shared; "Insertion order
// (3.7+)" → insertion order; "O(n), linear scan" → o(n).
export function toCellHead(text: string): string[] {
  const tokens = tokenizeCell(text);
  const end = tokens.indexOf(BREAK);
  return end === -1 ? tokens : tokens.slice(0, end);
}

function startsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length > 0 && short.length <= long.length && short.every((w, i) => long[i] === w);
}

// The yes/no a cell opens with, if any ("No, raises `TypeError`" → "no").
export function readVerdict(text: string): "yes" | "no" | null {
  const first = toCellWords(text)[0];
  return first === undefined ? null : (VERDICT_WORDS[first] ?? null);
}

// A big-O cost at the start ("O(1) average `add`" → "o(1)"): two cells in the same complexity
// class answer "how fast?" the same way, whatever else they add.
function readBigO(text: string): string | null {
  const first = toCellWords(text)[0]?.replace(/^`/, "");
  return first !== undefined && /^o\(.*\)$/.test(first) ? first : null;
}

// Equal words; or one cell's claim (its head) is where the other starts, i.e. the other is a
// qualified form of it; or both open with the same yes/no; or both have the same big-O cost.
// An empty cell shares with everything: it states nothing a question could rely on.
export function areNearDuplicates(a: string, b: string): boolean {
  const wordsA = toCellWords(a);
  const wordsB = toCellWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return true;
  if (wordsA.join(" ") === wordsB.join(" ")) return true;
  if (startsWith(wordsB, toCellHead(a)) || startsWith(wordsA, toCellHead(b))) return true;
  const verdict = readVerdict(a);
  if (verdict !== null && verdict === readVerdict(b)) return true;
  const bigO = readBigO(a);
  return bigO !== null && bigO === readBigO(b);
}
