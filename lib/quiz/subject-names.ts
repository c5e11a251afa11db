// Finds where a fact's text names a subject of its table, so a fact that gives its own answer
// away ("OS schedules threads" under Threading) can be kept out of the positions where it would.

// Function words never count as a subject's name: a subject called `is` must not make every
// "behaviour is fixed" a give-away.
const STOP_WORDS = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "in", "is", "it", "its", "of", "on", "or", "the", "to", "with"]);

// A light suffix stripper (not a full Porter stemmer): enough to make thread/threads/threading/
// threaded, process/processes/processing and type/typed/typing meet.
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ing") && w.length - 3 >= 3) return undoubleEnd(w.slice(0, -3));
  if (w.endsWith("ed") && w.length - 2 >= 3) return undoubleEnd(w.slice(0, -2));
  if (/(ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length >= 4 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

// formatting → formatt → format, so it meets "format"; ll/ss/zz are usually part of the word.
function undoubleEnd(stem: string): string {
  return /([b-df-hj-km-rtv-y])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

// Words of a text, lower-cased, with camelCase and acronym runs also split into their parts
// (`BrokenProcessPool` → brokenprocesspool, broken, process, pool); backticks and punctuation
// are separators.
export function tokenizeWords(text: string): string[] {
  const words = text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    tokens.push(word.toLowerCase());
    const parts = word.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
    if (parts.length > 1) for (const part of parts) tokens.push(part.toLowerCase());
  }
  return tokens.filter((t) => !/^\p{N}+$/u.test(t));
}

// Operators have no words in their name, but they do have names: "equality" or `__eq__` for `==`
// gives the answer away as surely as "threads" does for Threading.
const OPERATOR_NAMES: Record<string, string[]> = {
  "==": ["eq", "equal", "equality"],
  "!=": ["ne", "unequal", "inequality"],
  is: ["identity", "identical"],
  "is not": ["identity", "identical"],
  in: ["contains", "membership"],
  "+": ["add", "addition", "plus"],
  "-": ["sub", "subtraction", "minus"],
  "*": ["mul", "multiplication", "times"],
  "/": ["truediv", "division"],
  "//": ["floordiv", "floor"],
  "%": ["mod", "modulo"],
  "**": ["pow", "power"],
  "@": ["matmul"],
  "<": ["lt", "less"],
  ">": ["gt", "greater"],
};

function toNameStems(subject: string): string[] {
  const aliases = OPERATOR_NAMES[subject.replace(/`/g, "").trim()];
  if (aliases) return [...new Set(aliases.map(stemWord))];
  const words = tokenizeWords(subject).filter((t) => !STOP_WORDS.has(t));
  const long = words.filter((t) => t.length >= 3);
  // Fall back to two-letter words only when the subject has nothing longer (e.g. `io`).
  const chosen = long.length > 0 ? long : words.filter((t) => t.length >= 2);
  return [...new Set(chosen.map(stemWord))];
}

// subjectStem vs a word of the text. A subject stem may be a 4-letter prefix of the word
// (mock ~ mocking, async ~ asynchronous); the other way round needs 5 letters, so "name" does not
// name namedtuple while "async" names asyncio and "class" names classmethod. Containment needs 5
// letters either way (tuple ~ namedtuple, class ~ dataclass, process ~ multiprocessing).
function isLooseMatch(subjectStem: string, wordStem: string): boolean {
  if (subjectStem.length >= 4 && wordStem.startsWith(subjectStem)) return true;
  if (wordStem.length >= 5 && subjectStem.startsWith(wordStem)) return true;
  const [short, long] = subjectStem.length <= wordStem.length ? [subjectStem, wordStem] : [wordStem, subjectStem];
  return short.length >= 5 && long.includes(short);
}

export type TSubjectNamer = {
  // Subjects a text names in a way that tells them apart: a word naming every subject of the
  // table at once ("dict" under dict / OrderedDict / defaultdict) tells nothing and is ignored.
  listNamedSubjects: (text: string) => Set<number>;
};

export function createSubjectNamer(subjects: readonly string[]): TSubjectNamer {
  const stems = subjects.map(toNameStems);
  const namedBy = (token: string): number[] => {
    const stem = stemWord(token);
    const exact = stems.flatMap((own, i) => (own.includes(stem) ? [i] : []));
    // An exact hit is the stronger reading: "getattr" names __getattr__, not __getattribute__.
    if (exact.length > 0) return exact;
    return stems.flatMap((own, i) => (own.some((s) => isLooseMatch(s, stem)) ? [i] : []));
  };
  return {
    listNamedSubjects(text) {
      const named = new Set<number>();
      for (const token of tokenizeWords(text)) {
        if (STOP_WORDS.has(token)) continue;
        const hits = namedBy(token);
        if (hits.length < subjects.length) for (const i of hits) named.add(i);
      }
      return named;
    },
  };
}
