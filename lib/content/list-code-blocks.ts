import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { parseSandboxMeta } from "./sandbox-meta";

export type TCodeBlock = { lang: string | null; meta: string | null; value: string; line: number };

export function listCodeBlocks(tree: Root): TCodeBlock[] {
  const blocks: TCodeBlock[] = [];
  visit(tree, "code", (node) => {
    blocks.push({ lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, line: node.position?.start.line ?? 1 });
  });
  return blocks;
}

/** A runnable example: a python fence whose info string has the `sandbox` option. */
export function isSandboxBlock(block: { lang?: string | null; meta?: string | null }): boolean {
  return block.lang === "python" && parseSandboxMeta(block.meta).sandbox;
}
