import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";

// Wraps code in enough backticks that a backtick inside it cannot close the span early.
function toCodeSpan(value: string): string {
  const runs = value.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

function joinChildren(children: readonly Nodes[]): string {
  return children.map(toInlineMarkdown).join("");
}

// A cell as inline markdown for the UI to render: inline code keeps its backticks ("`await`"),
// emphasis/strong/strikethrough keep their markers, links and images collapse to their text
// (a quiz must not send the learner off-page, and a URL can give the answer away), and any
// other leaf falls back to its plain text.
export function toInlineMarkdown(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value;
    case "inlineCode":
      return toCodeSpan(node.value);
    case "emphasis":
      return `*${joinChildren(node.children)}*`;
    case "strong":
      return `**${joinChildren(node.children)}**`;
    case "delete":
      return `~~${joinChildren(node.children)}~~`;
    case "break":
      return " ";
    case "link":
    case "linkReference":
      return joinChildren(node.children);
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "footnoteReference":
      return "";
    default:
      // Containers (the cell itself, paragraphs…) recurse so code spans inside keep their
      // backticks; leaves without a case above (html, math…) give their plain text.
      return "children" in node ? joinChildren(node.children) : toString(node, { includeImageAlt: true, includeHtml: false });
  }
}

export function toCellText(node: Nodes): string {
  return toInlineMarkdown(node).replace(/\s+/g, " ").trim();
}
