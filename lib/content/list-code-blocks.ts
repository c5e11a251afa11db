import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { parseSandboxMeta, type TSandboxMeta } from "./sandbox-meta";

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

/** A python fence with its options and its position among the answer's python fences, from 1:
 * the position is how the stored list of runnable fences and the known-gap list name a fence. */
export type TPythonFence = TCodeBlock & { ordinal: number; options: TSandboxMeta };

export function listPythonFences(tree: Root): TPythonFence[] {
  return listCodeBlocks(tree)
    .filter((block) => block.lang === "python")
    .map((block, i) => ({ ...block, ordinal: i + 1, options: parseSandboxMeta(block.meta) }));
}

/** Neither forced runnable nor forced plain: the sandbox run decides. */
export function isAutoFence(options: TSandboxMeta): boolean {
  return !options.sandbox && !options.norun;
}
