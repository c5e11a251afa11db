import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import { LineCounter, parseDocument } from "yaml";
import { parseMarkdown } from "../content/parse-markdown";
import { AUTHORED_KINDS, ZAuthoredBlock, type TAuthoredBlock } from "./authored-schema";
import { hashText } from "../hash-text";
import { TRUE_FALSE_OPTIONS } from "./generators/true-false";
import type { TQuizItem } from "./item-schema";
import { normalizeText } from "./normalize-text";
import { createItemRandom, shufflePermutation } from "./seeded-random";

export type TAuthoredError = { line: number; message: string };
export type TAuthoredResult = { items: TQuizItem[]; errors: TAuthoredError[] };

const AUTHORED_SOURCE = { table: -1, row: null, column: null } as const;

type TBlockResult = { ok: true; item: TQuizItem } | { ok: false; error: TAuthoredError };

// Every ```quiz fence in the markdown, in document order. A block with a problem yields no item
// and one error whose line is 1-based in the markdown given (add the body's offset in the file
// yourself when the front matter was split off).
export function parseAuthoredItems(markdown: string, options: { seed?: number } = {}): TAuthoredResult {
  const blocks: { node: Code; nested: boolean }[] = [];
  visit(parseMarkdown(markdown), "code", (node: Code, _index, parent) => {
    if (node.lang === "quiz") blocks.push({ node, nested: parent?.type !== "root" });
  });
  const items: TQuizItem[] = [];
  const errors: TAuthoredError[] = [];
  const ids = new Set<string>();
  for (const { node: block, nested } of blocks) {
    const fenceLine = block.position?.start.line ?? 1;
    // Rendering drops quiz blocks wherever they are, but an item whose block sits inside a list
    // or blockquote is easy to write by accident and to miss: refuse it rather than import it.
    if (nested) {
      errors.push({ line: fenceLine, message: "a quiz block must stand on its own at the top level of the answer, not inside a list or blockquote" });
      continue;
    }
    const result = parseBlock(block.value, fenceLine, options.seed ?? 0);
    if (!result.ok) {
      errors.push(result.error);
    } else if (ids.has(result.item.id)) {
      errors.push({ line: fenceLine, message: `duplicate quiz item id ${result.item.id}` });
    } else {
      ids.add(result.item.id);
      items.push(result.item);
    }
  }
  return { items, errors };
}

function parseBlock(yamlText: string, fenceLine: number, seed: number): TBlockResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // YAML line 1 is the line right after the opening fence.
  const toLine = (offset: number | undefined) => fenceLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line);
  const yamlError = doc.errors[0];
  if (yamlError) {
    return { ok: false, error: { line: toLine(yamlError.pos[0]), message: `quiz block is not valid YAML: ${yamlError.message.split("\n")[0]}` } };
  }
  if (yamlText.trim() === "") return { ok: false, error: { line: fenceLine, message: "quiz block is empty" } };
  const data: unknown = doc.toJS();
  const kind = typeof data === "object" && data !== null && "kind" in data ? data.kind : undefined;
  if (!AUTHORED_KINDS.some((k) => k === kind)) {
    const offset = findKeyOffset(doc, "kind");
    return { ok: false, error: { line: offset === undefined ? fenceLine + 1 : toLine(offset), message: `kind must be one of ${AUTHORED_KINDS.join(", ")}` } };
  }
  const parsed = ZAuthoredBlock.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const issuePath = (issue?.path ?? []).filter((p): p is string | number => typeof p !== "symbol");
    // For an unknown key, point at that key rather than at the block.
    const path = issue?.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...issuePath, issue.keys[0]] : issuePath;
    const node = path.length > 0 ? doc.getIn(path, true) : undefined;
    const offset = node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? (node.range[0] as number) : undefined;
    // A missing key has no node: point at the key's parent, or the fence.
    const line = offset !== undefined ? toLine(offset) : path.length > 1 ? lineOfParent(doc, path, toLine) : fenceLine;
    const where = issuePath.length > 0 ? `${issuePath.join(".")}: ` : "";
    return { ok: false, error: { line, message: `${where}${issue?.message ?? "invalid quiz block"}` } };
  }
  const built = buildAuthoredItem(parsed.data, seed);
  return typeof built === "string"
    ? { ok: false, error: { line: toLine(findKeyOffset(doc, "answer") ?? findKeyOffset(doc, "options")), message: built } }
    : { ok: true, item: built };
}

function lineOfParent(doc: ReturnType<typeof parseDocument>, path: (string | number)[], toLine: (offset: number | undefined) => number): number {
  const parent = doc.getIn(path.slice(0, -1), true);
  const offset = parent && typeof parent === "object" && "range" in parent && Array.isArray(parent.range) ? (parent.range[0] as number) : undefined;
  return toLine(offset);
}

function findKeyOffset(doc: ReturnType<typeof parseDocument>, key: string): number | undefined {
  const node = doc.get(key, true);
  return node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? (node.range[0] as number) : undefined;
}

// Resolves an answer written as option text or index; a message when it does not name an option.
function resolveOption(ref: number | string, options: readonly string[]): number | string {
  if (typeof ref === "number") return ref < options.length ? ref : `answer index ${ref} is out of range (0..${options.length - 1})`;
  const key = normalizeText(ref);
  const index = options.findIndex((o) => normalizeText(o) === key);
  return index === -1 ? `answer "${ref}" is not one of the options` : index;
}

function buildAuthoredItem(block: TAuthoredBlock, seed: number): TQuizItem | string {
  const options = "options" in block ? block.options : [];
  const keys = options.map(normalizeText);
  if (new Set(keys).size !== keys.length) return "options must differ (after ignoring case, spacing, backticks and surrounding punctuation)";
  // The explanation is left out of the hash so polishing it keeps the item's review history.
  const answer = "answer" in block ? block.answer : null;
  const id = block.id ?? `authored-${hashText(JSON.stringify([block.kind, block.prompt, options, answer]))}`;
  const common = { id, generator: "authored" as const, prompt: block.prompt, explanation: block.explanation, source: { ...AUTHORED_SOURCE } };
  switch (block.kind) {
    case "single_choice": {
      const index = resolveOption(block.answer, options);
      if (typeof index === "string") return index;
      return { ...common, kind: block.kind, options, answer: [index] };
    }
    case "multiple_choice": {
      const indexes: number[] = [];
      for (const ref of block.answer) {
        const index = resolveOption(ref, options);
        if (typeof index === "string") return index;
        indexes.push(index);
      }
      if (new Set(indexes).size !== indexes.length) return "answer lists the same option twice";
      return { ...common, kind: block.kind, options, answer: indexes.sort((a, b) => a - b) };
    }
    case "true_false":
      return { ...common, kind: block.kind, options: [...TRUE_FALSE_OPTIONS], answer: [block.answer ? 0 : 1] };
    case "ordering": {
      // Authors write the correct order; learners get a shuffle that is never already solved.
      let order = shufflePermutation(options.length, createItemRandom(seed, id));
      if (order.every((v, i) => v === i)) order = [...order.slice(1), ...order.slice(0, 1)];
      const shown = order.map((i) => options[i] ?? "");
      const answer = options.map((_, correctPosition) => order.indexOf(correctPosition));
      return { ...common, kind: block.kind, options: shown, answer };
    }
    case "short_text": {
      const accepted = typeof block.answer === "string" ? [block.answer] : block.answer;
      return { ...common, kind: block.kind, options: [], answer: accepted };
    }
    case "recall":
      return { ...common, kind: block.kind, options: [], answer: [] };
  }
}
