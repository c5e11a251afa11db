import type { TBodyProblem } from "@/lib/questions/check-question-body";

/** The checks `content:import` runs, on the text being typed: each problem with a button that
 * jumps to its line. A draft with problems can be saved, not published. */
export function ProblemList({ problems, onGoToLine }: { problems: TBodyProblem[]; onGoToLine: (line: number) => void }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100"
      data-testid="draft-problems"
    >
      <p className="font-semibold">{problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix before publishing</p>
      <ul className="mt-1 space-y-0.5">
        {problems.map((problem, i) => (
          <li key={i} data-testid="draft-problem">
            <button type="button" onClick={() => onGoToLine(problem.line)} className="mr-1 font-mono text-xs underline decoration-dotted">
              line {problem.line}
            </button>{" "}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
