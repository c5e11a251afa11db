import type { Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { TContentError } from "./front-matter";
import { isSandboxBlock } from "./list-code-blocks";
import { findModeLine, parseSandboxMeta } from "./sandbox-meta";

// `<!-- compare -->` or `<!-- compare: Left title | Right title -->` directly before two
// consecutive `python sandbox` fences shows them side by side on one time axis.
export const COMPARE_MARKER = /^<!--\s*compare\s*(?::\s*(.*?))?\s*-->$/;

export type TComparePair = { marker: number; titles: [string, string] };

function isSandboxFence(node: RootContent | undefined): boolean {
  return node?.type === "code" && isSandboxBlock(node);
}

/** Top-level compare markers with the index of each; `paired` says whether two sandbox fences follow. */
export function findCompareMarkers(tree: Root): { index: number; titles: [string, string]; paired: boolean }[] {
  const found: { index: number; titles: [string, string]; paired: boolean }[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== "html") return;
    const match = COMPARE_MARKER.exec(node.value.trim());
    if (!match) return;
    const titles = (match[1] ?? "").split("|").map((t) => t.trim());
    found.push({ index, titles: [titles[0] ?? "", titles[1] ?? ""], paired: isSandboxFence(tree.children[index + 1]) && isSandboxFence(tree.children[index + 2]) });
  });
  return found;
}

/** Fence options, workload blocks' MODE line, and compare markers that pair nothing. */
export function checkSandboxBlocks(tree: Root, lineOffset = 0): TContentError[] {
  const errors: TContentError[] = [];
  const at = (node: RootContent, message: string) => errors.push({ line: (node.position?.start.line ?? 1) + lineOffset, message });
  const inPairs = new Set<RootContent>();
  for (const marker of findCompareMarkers(tree)) {
    const node = tree.children[marker.index] as RootContent;
    if (!marker.paired) at(node, "a compare marker must be followed directly by two `python sandbox` fences");
    else for (const offset of [1, 2]) inPairs.add(tree.children[marker.index + offset] as RootContent);
  }
  visit(tree, "code", (node) => {
    if (node.lang !== "python") return;
    const meta = parseSandboxMeta(node.meta);
    for (const problem of meta.problems) at(node, problem);
    if (inPairs.has(node) && (meta.predict.length > 0 || meta.modes.length > 0)) at(node, "predict= and modes= blocks cannot be part of a compare pair");
    if (meta.modes.length === 0) return;
    const mode = findModeLine(node.value);
    if (!mode) at(node, 'a modes= block needs a top-level line MODE = "threads" (or another of its modes)');
    else if (mode.count > 1) at(node, "a modes= block must have exactly one MODE line");
    else if (!meta.modes.includes(mode.mode)) at(node, `MODE = "${mode.mode}" is not one of modes=${meta.modes.join(",")}`);
  });
  return errors;
}
