import { describe, expect, it } from "vitest";
import { ankiHeader, ankiTags, streamAnkiCsv } from "./anki";
import type { TExportQuestion } from "./export-question";
import { streamItemsJson } from "./items-json";

const question: TExportQuestion = {
  number: 7,
  slug: "quotes-and-commas",
  title: 'What does `a, b = "x", 1` do?',
  difficulty: "medium",
  tags: ["syntax", "tuples"],
  version: 3,
  bodyMarkdown: 'It unpacks, "quoted" and all:\n\n```python\na, b = "x", 1\n```\n\n=SUM(A1) stays text.\n',
  items: [
    {
      id: "authored-1",
      kind: "true_false",
      generator: "authored",
      prompt: "True?",
      options: ["True", "False"],
      answer: [0],
      explanation: "Yes.",
      source: { table: -1, row: null, column: null },
    },
  ],
};

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* one<T>(value: T) {
  yield value;
}

// RFC 4180 as Anki reads it: quoted fields may hold commas, CRLF and doubled quotes.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("Anki CSV", () => {
  it("starts with the file headers Anki reads", () => {
    expect(ankiHeader({ name: "Python" })).toBe(
      "#separator:Comma\n#html:true\n#notetype:Basic\n#deck:Interleave::Python\n#columns:Front,Back,Tags,GUID\n#tags column:3\n#guid column:4\n",
    );
    expect(ankiTags("python", question)).toBe("python::syntax python::tuples python::difficulty::medium");
  });

  it("writes one note per question: HTML front and back, tags and a stable GUID, quoted as RFC 4180 says", async () => {
    const text = await collect(streamAnkiCsv({ slug: "python", name: "Python" }, one(question)));
    const lines = text.split("\n");
    expect(lines.slice(0, 7).every((line) => line.startsWith("#"))).toBe(true);
    const rows = parseCsv(lines.slice(7).join("\n"));
    expect(rows).toHaveLength(1);
    const [front, back, tags, guid] = rows[0] as string[];
    expect(front).toBe('What does <code>a, b = "x", 1</code> do?');
    expect(back).toContain('<p>It unpacks, "quoted" and all:</p>');
    expect(back).toContain("<pre");
    expect(back).toContain("<p>=SUM(A1) stays text.</p>");
    expect(tags).toBe("python::syntax python::tuples python::difficulty::medium");
    expect(guid).toBe("interleave:python:quotes-and-commas");
  });
});

describe("items JSON", () => {
  it("is one JSON document with the bank, each question and its items as lib/quiz defines them", async () => {
    const parsed = JSON.parse(await collect(streamItemsJson({ slug: "python", name: "Python" }, one(question))));
    expect(parsed).toEqual({
      format: "interleave-items",
      version: 1,
      bank: { slug: "python", name: "Python" },
      questions: [
        { number: 7, slug: "quotes-and-commas", title: question.title, difficulty: "medium", tags: ["syntax", "tuples"], version: 3, path: "/python/7", items: question.items },
      ],
    });
    expect(JSON.parse(await collect(streamItemsJson({ slug: "empty", name: "Empty" }, (async function* () {})())))).toMatchObject({ questions: [] });
  });
});
