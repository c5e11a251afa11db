// The XSS corpus through the renderer: what reaches the page as HTML (the answer, the model
// answer in /review, the author's preview all come from renderMarkdown/renderAnswer) must hold
// no element or attribute that runs script, no URL with a script scheme, no inline style, and no
// id or name that could shadow the page's own globals. The output is hast-util-to-html's, which
// escapes every `<` in text and quotes every attribute value (escaping `"`), so outside quoted
// values a `<` in it is a real tag.
import { describe, expect, it } from "vitest";
import { renderAnswer, renderMarkdown } from "./render-markdown";
import { XSS_MARKDOWN } from "./xss-corpus";

const FORBIDDEN_TAGS = /^(script|iframe|object|embed|form|base|meta|link|frame|frameset|applet|svg|math|input|button|textarea|select|option|noscript|template|video|audio|source|marquee|isindex|body|html|head)$/i;
// Shiki's own colours on its <pre>: theme colours and CSS variables, nothing else.
const SHIKI_STYLE = /^([a-z-]+:#[0-9a-f]{3,8};?)+$/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export function findUnsafe(html: string): string[] {
  const found: string[] = [];
  const outsideValues = html.replace(/="[^"]*"/g, '=""');
  if (/<(?![a-z/!])/i.test(outsideValues.replace(/<\/?[a-z][a-z0-9-]*(\s+[^\s=>]+(="")?)*\s*\/?>/gi, ""))) found.push("a stray <");
  for (const open of html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gi)) {
    const [, name = "", attributes = ""] = open;
    if (FORBIDDEN_TAGS.test(name)) found.push(`element <${name}>`);
    const shikiPre = name === "pre" && /\sclass="shiki[ "]/.test(attributes);
    for (const attribute of attributes.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      const key = (attribute[1] ?? "").toLowerCase();
      const value = decodeEntities(attribute[2] ?? "");
      if (key.startsWith("on")) found.push(`<${name} ${key}>`);
      if (key === "style" && !(shikiPre && SHIKI_STYLE.test(value))) found.push(`<${name} style="${value}">`);
      if ((key === "id" || key === "name") && !value.startsWith("user-content-")) found.push(`<${name} ${key}="${value}">`);
      if (["href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "srcdoc"].includes(key)) {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase();
        if (key === "srcdoc" || (scheme && !SAFE_SCHEMES.has(scheme))) found.push(`<${name} ${key}="${value}">`);
      }
    }
  }
  // Shiki's <style> holds its colour classes only.
  for (const style of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    if (!/^(\.[a-z0-9]+\{(color:#[0-9a-f]{6};|--shiki-dark:#[0-9a-f]{6};|font-style:italic;|font-weight:bold;|text-decoration:underline;)*\})*$/i.test(style[1] ?? "")) found.push(`<style>${style[1]?.slice(0, 80)}`);
  }
  return found;
}

describe("XSS corpus through the markdown renderer", () => {
  it("the checker itself sees script where there is some", () => {
    expect(findUnsafe('<p><img src="x" onerror="1"></p>')).toEqual(["<img onerror>"]);
    expect(findUnsafe('<a href="jav&#x61;script:1">x</a>')).toHaveLength(1);
    expect(findUnsafe("<svg></svg>")).toEqual(["element <svg>"]);
    expect(findUnsafe('<div id="x"></div>')).toHaveLength(1);
    expect(findUnsafe('<p><a href="https://example.com">ok</a> <code>&#x3C;script></code></p>')).toEqual([]);
  });

  it.each(XSS_MARKDOWN.map((payload, i) => [i, payload]))("payload %i renders inert: %s", async (_i, payload) => {
    const html = await renderMarkdown(`Some prose.\n\n${payload}\n\nMore prose.`);
    expect(findUnsafe(html)).toEqual([]);
    const segments = await renderAnswer(`Prose.\n\n${payload}\n`, { runnableFences: [1, 2, 3] });
    for (const segment of segments) {
      const parts = segment.kind === "compare" ? [segment.left.html, segment.right.html] : [segment.html];
      for (const part of parts) expect(findUnsafe(part)).toEqual([]);
      // A sandbox's code and a compare title reach React as strings, never as HTML.
      if (segment.kind === "compare") expect(typeof segment.left.title).toBe("string");
    }
  });

  it("the whole corpus in one answer renders inert", async () => {
    const html = await renderMarkdown(XSS_MARKDOWN.join("\n\n"));
    expect(findUnsafe(html)).toEqual([]);
  });
});
