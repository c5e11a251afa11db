import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as TSanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { highlightCodeBlocks } from "./highlight";

// ```quiz blocks hold the author's quiz items, answers included: they feed quizzes and must
// never show on the answer page.
function dropQuizBlocks() {
  return (tree: MdastRoot) => {
    tree.children = tree.children.filter((node) => !(node.type === "code" && node.lang === "quiz"));
  };
}

// GitHub's sanitize schema, plus the one attribute we add ourselves: which fenced blocks are
// runnable sandbox examples.
const schema: TSanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    pre: [...(defaultSchema.attributes?.pre ?? []), "dataSandbox", "dataLang"],
    table: [...(defaultSchema.attributes?.table ?? []), "className"],
    div: [...(defaultSchema.attributes?.div ?? []), "className"],
  },
};

// remark-rehype keeps a fence's info string only in node data, which sanitizing drops, so the
// sandbox marker is moved onto the <pre> as an attribute first.
function markFences() {
  return (tree: HastRoot) => {
    visit(tree, "element", (pre: Element) => {
      if (pre.tagName !== "pre") return;
      const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
      if (!code) return;
      const meta = String((code.data as { meta?: string } | undefined)?.meta ?? "");
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const lang = classes.find((c) => c.startsWith("language-"))?.slice("language-".length);
      if (lang) pre.properties.dataLang = lang;
      if (lang === "python" && meta.split(/\s+/).includes("sandbox")) pre.properties.dataSandbox = "true";
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
  .use(remarkRehype)
  .use(markFences)
  .use(rehypeSanitize, schema)
  .use(wrapTables)
  .use(highlight)
  .use(rehypeStringify);

export async function renderMarkdown(markdown: string): Promise<string> {
  const file = await processor.process(markdown);
  return String(file);
}
