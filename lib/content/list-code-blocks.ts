import type { Root } from "mdast";
import { visit } from "unist-util-visit";

export type TCodeBlock = { lang: string | null; meta: string | null; value: string; line: number };

export function listCodeBlocks(tree: Root): TCodeBlock[] {
  const blocks: TCodeBlock[] = [];
  visit(tree, "code", (node) => {
    blocks.push({ lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, line: node.position?.start.line ?? 1 });
  });
  return blocks;
}

export function isSandboxBlock(block: Pick<TCodeBlock, "lang" | "meta">): boolean {
  return block.lang === "python" && (block.meta ?? "").split(/\s+/).includes("sandbox");
}
