import { parser } from "@lezer/python";

export type TSyntaxProblem = { line: number; column: number };

// Lezer recovers from errors by inserting error nodes (id 0, named "⚠"); the first one marks
// where the code stops being valid Python.
export function findPythonSyntaxError(source: string): TSyntaxProblem | null {
  const tree = parser.parse(source);
  let at: number | null = null;
  tree.iterate({
    enter(node) {
      if (at !== null) return false;
      if (node.type.isError) {
        at = node.from;
        return false;
      }
      return undefined;
    },
  });
  if (at === null) return null;
  const before = source.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}
