import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Code, Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as TSanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { findCompareMarkers } from "./check-sandbox-blocks";
import { highlightCodeBlocks } from "./highlight";
import { isSandboxBlock } from "./list-code-blocks";
import { parseSandboxMeta, PREDICT_TARGETS, WORKLOAD_MODES, type TPredictTarget, type TWorkloadMode } from "./sandbox-meta";

// ```quiz blocks hold the author's quiz items, answers included: they feed quizzes and must
// never show on the answer page, wherever they sit (the importer rejects nested ones, but the
// renderer does not rely on that: a list item or blockquote must not leak an answer either).
function dropQuizBlocks() {
  return (tree: MdastRoot) => {
    visit(tree, "code", (node: Code, index, parent) => {
      if (node.lang !== "quiz" || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

// The compare marker is raw HTML that remark-rehype drops, so the pairing is written onto the
// fences' <pre> first.
function markComparePairs() {
  return (tree: MdastRoot) => {
    for (const marker of findCompareMarkers(tree)) {
      if (!marker.paired) continue;
      marker.titles.forEach((title, side) => {
        const fence = tree.children[marker.index + 1 + side] as Code;
        fence.data = { ...fence.data, hProperties: { dataCompare: side === 0 ? "left" : "right", dataCompareTitle: title } };
      });
    }
  };
}

// GitHub's sanitize schema, plus the one attribute we add ourselves: which fenced blocks are
// runnable sandbox examples.
const schema: TSanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    pre: [...(defaultSchema.attributes?.pre ?? []), "dataSandbox", "dataBlock", "dataPredict", "dataModes", "dataLang", "dataCompare", "dataCompareTitle", "dataFence"],
    table: [...(defaultSchema.attributes?.table ?? []), "className"],
    div: [...(defaultSchema.attributes?.div ?? []), "className"],
  },
};

// remark-rehype keeps a fence's info string only in node data, which sanitizing drops, so the
// sandbox marker is moved onto the <pre> as an attribute first.
function markFences() {
  return (tree: HastRoot) => {
    let block = 0;
    let python = 0;
    visit(tree, "element", (pre: Element) => {
      if (pre.tagName !== "pre") return;
      const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
      if (!code) return;
      const meta = String((code.data as { meta?: string } | undefined)?.meta ?? "");
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const lang = classes.find((c) => c.startsWith("language-"))?.slice("language-".length);
      if (lang) pre.properties.dataLang = lang;
      if (lang === "python") {
        python += 1;
        const options = parseSandboxMeta(meta);
        // Fences without options may get a Run button (markRunnableFences) by their position.
        if (!options.sandbox && !options.norun) pre.properties.dataFence = String(python);
      }
      if (isSandboxBlock({ lang, meta })) {
        const options = parseSandboxMeta(meta);
        block += 1;
        Object.assign(pre.properties, { dataSandbox: "true", dataBlock: String(block), dataPredict: options.predict.join(","), dataModes: options.modes.join(",") });
      }
      // markComparePairs' hProperties land on the inner <code>; the page looks for them on <pre>.
      for (const key of ["dataCompare", "dataCompareTitle"]) {
        if (code.properties[key] === undefined) continue;
        if (pre.properties.dataSandbox === "true") pre.properties[key] = code.properties[key];
        delete code.properties[key];
      }
    });
  };
}

// Comparison tables get a scroll wrapper so a wide table never widens the page on a phone.
function wrapTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table" || index === undefined || !parent) return;
      (parent as Element).children[index] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-wrap"] },
        children: [{ ...node, properties: { ...node.properties, className: ["comparison"] } }],
      };
      return "skip";
    });
  };
}

function highlight() {
  return (tree: HastRoot) => highlightCodeBlocks(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(dropQuizBlocks)
  .use(markComparePairs)
  .use(remarkRehype)
  .use(markFences)
  .use(rehypeSanitize, schema)
  .use(wrapTables)
  .use(highlight);

const stringifier = unified().use(rehypeStringify);

export async function renderMarkdown(markdown: string): Promise<string> {
  return stringifier.stringify(await toHast(markdown));
}

async function toHast(markdown: string, runnableFences: readonly number[] = []): Promise<HastRoot> {
  const tree = await processor.run(processor.parse(markdown));
  markRunnableFences(tree, new Set(runnableFences));
  return tree;
}

/** A runnable example: the author's code (a plain string, rendered as a React prop, never as
 * HTML) and its server-highlighted `<pre>`, which is what readers without JavaScript see. */
export type TSandboxSegment = {
  code: string;
  lang: "python";
  html: string;
  /** position among the answer's sandbox fences, from 1: how prediction items name their block */
  block: number;
  predict: TPredictTarget[];
  modes: TWorkloadMode[];
};
/** A fence without options that the importer found to run cleanly: the same sandbox, loaded only
 * when the reader presses Run. */
export type TExampleSegment = { code: string; lang: "python"; html: string };
export type TAnswerSegment =
  | { kind: "html"; html: string }
  | ({ kind: "sandbox" } & TSandboxSegment)
  | ({ kind: "example" } & TExampleSegment)
  | { kind: "compare"; left: TSandboxSegment & { title: string }; right: TSandboxSegment & { title: string } };

/** The answer as HTML chunks between its runnable examples, so the page can mount an interactive
 * sandbox in place of each one while the prose stays server-rendered HTML. `runnableFences` are
 * the positions (among the python fences, from 1) of fences without options that the importer
 * found to run cleanly (lib/content/run-fence.ts); `sandbox` fences are runnable by their option. */
export async function renderAnswer(markdown: string, options: { runnableFences?: readonly number[] } = {}): Promise<TAnswerSegment[]> {
  const tree = await toHast(markdown, options.runnableFences);
  const segments: TAnswerSegment[] = [];
  let chunk: RootContent[] = [];
  const flush = () => {
    const html = toHtml({ type: "root", children: chunk }).trim();
    if (html) segments.push({ kind: "html", html });
    chunk = [];
  };
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    const example = runnablePre(node);
    if (example) {
      flush();
      segments.push({ kind: "example", code: textOf(example), lang: "python", html: toHtml(example) });
      continue;
    }
    if (!isSandboxPre(node)) {
      chunk.push(node);
      continue;
    }
    flush();
    const next = nextElement(children, i);
    if (node.properties.dataCompare === "left" && next && isSandboxPre(next.node) && next.node.properties.dataCompare === "right") {
      segments.push({
        kind: "compare",
        left: { ...sandboxSegment(node), title: String(node.properties.dataCompareTitle ?? "") },
        right: { ...sandboxSegment(next.node), title: String(next.node.properties.dataCompareTitle ?? "") },
      });
      i = next.index;
    } else segments.push({ kind: "sandbox", ...sandboxSegment(node) });
  }
  flush();
  return segments;
}

// Runs on the finished tree, after sanitizing: the mark is ours, not the author's. Only fences at
// the top level become examples; one inside a list item stays plain code, as a sandbox fence does.
function markRunnableFences(tree: HastRoot, runnable: ReadonlySet<number>): void {
  visit(tree, "element", (pre: Element, _index, parent) => {
    if (pre.tagName !== "pre" || pre.properties.dataFence === undefined) return;
    if (parent === tree && runnable.has(Number(pre.properties.dataFence))) pre.properties.dataRunnable = "true";
    delete pre.properties.dataFence;
  });
}

function runnablePre(node: RootContent): Element | null {
  return node.type === "element" && node.tagName === "pre" && node.properties.dataRunnable === "true" ? node : null;
}

function isSandboxPre(node: RootContent): node is Element {
  return node.type === "element" && node.tagName === "pre" && node.properties.dataSandbox === "true";
}

// Fences are separated by whitespace text nodes in the tree; anything else breaks a pair.
function nextElement(children: RootContent[], from: number): { node: RootContent; index: number } | null {
  for (let j = from + 1; j < children.length; j++) {
    const node = children[j];
    if (!node || (node.type === "text" && node.value.trim() === "")) continue;
    return { node, index: j };
  }
  return null;
}

function sandboxSegment(pre: Element): TSandboxSegment {
  const list = (value: unknown) => String(value ?? "").split(",").filter(Boolean);
  return {
    code: textOf(pre),
    lang: "python",
    html: toHtml(pre),
    block: Number(pre.properties.dataBlock ?? 0),
    predict: PREDICT_TARGETS.filter((t) => list(pre.properties.dataPredict).includes(t)),
    modes: WORKLOAD_MODES.filter((m) => list(pre.properties.dataModes).includes(m)),
  };
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  return node.children.map(textOf).join("");
}
