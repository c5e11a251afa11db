import { diffLines, diffWordsWithSpace } from "diff";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "@/lib/content/parse-markdown";

export type TDiffMark = "same" | "added" | "removed";
export type TDiffPart = { mark: TDiffMark; text: string };
export type TDiffLine = { mark: TDiffMark; text: string };

/** A body diff in reading order: unchanged lines, changed prose compared word by word, and
 * changed code (fenced blocks) compared line by line, where a word diff would scatter a
 * program's tokens. */
export type TDiffBlock = { kind: "same"; lines: string[] } | { kind: "prose"; parts: TDiffPart[] } | { kind: "code"; lines: TDiffLine[] };

export type TDiffSide = { title: string; difficulty: string; tags: string[]; bodyMarkdown: string };
export type TFieldChange = { field: "title" | "difficulty" | "tags"; before: string; after: string };
export type TVersionDiff = { fields: TFieldChange[]; body: TDiffBlock[]; changed: boolean };

export function diffVersions(before: TDiffSide, after: TDiffSide): TVersionDiff {
  const fields: TFieldChange[] = [];
  if (before.title !== after.title) fields.push({ field: "title", before: before.title, after: after.title });
  if (before.difficulty !== after.difficulty) fields.push({ field: "difficulty", before: before.difficulty, after: after.difficulty });
  const tags = (side: TDiffSide) => [...side.tags].sort().join(", ");
  if (tags(before) !== tags(after)) fields.push({ field: "tags", before: tags(before), after: tags(after) });
  const body = diffBodies(before.bodyMarkdown, after.bodyMarkdown);
  return { fields, body, changed: fields.length > 0 || body.some((block) => block.kind !== "same") };
}

/** 1-based line numbers that belong to a fenced or indented code block (fence lines included). */
export function findCodeLines(markdown: string): Set<number> {
  const lines = new Set<number>();
  visit(parseMarkdown(markdown), "code", (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined) return;
    for (let line = start; line <= end; line++) lines.add(line);
  });
  return lines;
}

type TChangedLine = { mark: "added" | "removed"; text: string; code: boolean };

export function diffBodies(before: string, after: string): TDiffBlock[] {
  const codeBefore = findCodeLines(before);
  const codeAfter = findCodeLines(after);
  const blocks: TDiffBlock[] = [];
  let run: TChangedLine[] = [];
  let lineBefore = 0;
  let lineAfter = 0;
  const flush = () => {
    if (run.length > 0) blocks.push(...describeRun(run));
    run = [];
  };
  for (const change of diffLines(before, after)) {
    const lines = splitLines(change.value);
    if (!change.added && !change.removed) {
      flush();
      lineBefore += lines.length;
      lineAfter += lines.length;
      const last = blocks.at(-1);
      if (last?.kind === "same") last.lines.push(...lines);
      else blocks.push({ kind: "same", lines });
      continue;
    }
    for (const text of lines) {
      if (change.removed) run.push({ mark: "removed", text, code: codeBefore.has(++lineBefore) });
      else run.push({ mark: "added", text, code: codeAfter.has(++lineAfter) });
    }
  }
  flush();
  return blocks;
}

// One run of changed lines between unchanged ones. Its prose is compared word by word (removed
// text against added text, so an edited sentence shows the words that changed); its code stays
// whole lines. The part that starts first in the run comes first.
function describeRun(run: TChangedLine[]): TDiffBlock[] {
  const prose = run.filter((line) => !line.code);
  const code = run.filter((line) => line.code);
  const blocks: TDiffBlock[] = [];
  if (prose.length > 0) {
    const text = (mark: TChangedLine["mark"]) =>
      prose
        .filter((line) => line.mark === mark)
        .map((line) => `${line.text}\n`)
        .join("");
    const parts: TDiffPart[] = diffWordsWithSpace(text("removed"), text("added")).map((part) => ({
      mark: part.added ? "added" : part.removed ? "removed" : "same",
      text: part.value,
    }));
    blocks.push({ kind: "prose", parts });
  }
  if (code.length > 0) blocks.push({ kind: "code", lines: code.map(({ mark, text }) => ({ mark, text })) });
  return run[0]?.code && blocks.length === 2 ? [blocks[1] as TDiffBlock, blocks[0] as TDiffBlock] : blocks;
}

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
