import type { Element, Root as HastRoot } from "hast";
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { visit } from "unist-util-visit";

// A fixed set of grammars bundled with shiki, loaded once; the JavaScript regex engine avoids
// shipping a WASM binary into every server bundle.
const LANGS = ["python", "bash", "shell", "json", "toml", "yaml", "ini", "diff", "sql", "javascript", "typescript"] as const;
const ALIASES: Record<string, string> = { py: "python", sh: "bash", console: "bash", js: "javascript", ts: "typescript", yml: "yaml", cfg: "ini" };

let highlighter: Promise<HighlighterCore> | null = null;

function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    // GitHub's Primer themes: every token colour has 4.5:1 contrast on the page (the older
    // github-light orange and github-dark comment did not; the accessibility sweep found both).
    themes: [import("@shikijs/themes/github-light-default"), import("@shikijs/themes/github-dark-default")],
    langs: [
      import("@shikijs/langs/python"),
      import("@shikijs/langs/bash"),
      import("@shikijs/langs/shell"),
      import("@shikijs/langs/json"),
      import("@shikijs/langs/toml"),
      import("@shikijs/langs/yaml"),
      import("@shikijs/langs/ini"),
      import("@shikijs/langs/diff"),
      import("@shikijs/langs/sql"),
      import("@shikijs/langs/javascript"),
      import("@shikijs/langs/typescript"),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

function languageOf(code: Element): string | null {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  const tag = list.find((c) => c.startsWith("language-"))?.slice("language-".length);
  if (!tag) return null;
  const lang = ALIASES[tag] ?? tag;
  return (LANGS as readonly string[]).includes(lang) ? lang : null;
}

function textOf(node: Element): string {
  let text = "";
  visit(node, "text", (t) => {
    text += t.value;
  });
  return text;
}

// Runs after sanitizing: shiki's own output (spans with theme colours) is trusted, the author's
// markdown is not.
export async function highlightCodeBlocks(tree: HastRoot): Promise<void> {
  const targets: { parent: Element; index: number; pre: Element; code: Element; lang: string }[] = [];
  visit(tree, "element", (pre: Element, index, parent) => {
    if (pre.tagName !== "pre" || index === undefined || !parent || parent.type !== "element" && parent.type !== "root") return;
    const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
    const lang = code ? languageOf(code) : null;
    if (code && lang) targets.push({ parent: parent as Element, index, pre, code, lang });
  });
  if (targets.length === 0) return;
  const hl = await loadHighlighter();
  const usedStyles = new Map<string, string>();
  for (const { parent, index, pre, code, lang } of targets) {
    const source = textOf(code).replace(/\n$/, "");
    const highlighted = hl.codeToHast(source, { lang, themes: { light: "github-light-default", dark: "github-dark-default" }, defaultColor: "light" });
    const shikiPre = highlighted.children.find((c): c is Element => c.type === "element" && c.tagName === "pre");
    if (!shikiPre) continue;
    const { className: _ignored, ...marks } = pre.properties;
    shikiPre.properties = { ...shikiPre.properties, ...marks };
    compactTokens(shikiPre, usedStyles);
    parent.children[index] = shikiPre;
  }
  if (usedStyles.size > 0) tree.children.push(styleSheet(usedStyles));
}

// Shiki writes both themes' colours inline on every token, which made code the bulk of each
// page. Tokens in the default colour become plain text, the rest share short classes, and one
// small <style> per answer defines the classes it uses.
const DEFAULT_TOKEN = "color:#24292E;--shiki-dark:#E1E4E8";

function compactTokens(pre: Element, used: Map<string, string>): void {
  const code = pre.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
  if (!code) return;
  const flat: Element["children"] = [];
  for (const line of code.children) {
    if (line.type !== "element") {
      flat.push(line);
      continue;
    }
    for (const token of line.children) {
      if (token.type !== "element") {
        flat.push(token);
        continue;
      }
      const style = String(token.properties.style ?? "");
      if (style === DEFAULT_TOKEN || style === "") {
        flat.push(...token.children);
        continue;
      }
      const name = used.get(style) ?? classNameFor(style);
      used.set(style, name);
      flat.push({ ...token, properties: { className: [name] } });
    }
  }
  code.children = mergeText(flat);
}

function mergeText(nodes: Element["children"]): Element["children"] {
  const out: Element["children"] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text") last.value += node.value;
    else out.push(node.type === "text" ? { ...node } : node);
  }
  return out;
}

function classNameFor(style: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < style.length; i++) h = Math.imul(h ^ style.charCodeAt(i), 0x01000193) >>> 0;
  return `t${h.toString(36)}`;
}

function styleSheet(used: Map<string, string>): Element {
  const rules = [...used].map(([style, name]) => {
    const light = /(?:^|;)color:([^;]+)/.exec(style)?.[1];
    const dark = /--shiki-dark:([^;]+)/.exec(style)?.[1];
    const extra = style
      .split(";")
      .filter((part) => part && !part.startsWith("color:") && !part.startsWith("--shiki-dark:"))
      .join(";");
    return `.${name}{${light ? `color:${light};` : ""}${dark ? `--shiki-dark:${dark};` : ""}${extra}}`;
  });
  return { type: "element", tagName: "style", properties: {}, children: [{ type: "text", value: rules.join("") }] };
}
