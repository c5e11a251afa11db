// An answer of the right shape for a quiz or review item as a client sees it (kind, options and
// matching items; never the answer): what a learner clicking at random would send. Used by the
// load benchmark, the fuzzer and the role matrix, which answer through HTTP.
import type { TItemKind, TResponse } from "@/lib/quiz/schemas";

export type TItemView = { kind: TItemKind; options: string[]; items: string[] | null };

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

export function respondToView(view: TItemView, random: () => number = Math.random): TResponse {
  const pick = (n: number) => Math.floor(random() * Math.max(1, n));
  switch (view.kind) {
    case "single_choice":
    case "true_false":
      return { kind: view.kind, choice: pick(view.options.length) };
    case "multiple_choice":
      return { kind: "multiple_choice", choices: [pick(view.options.length)] };
    case "ordering":
      return { kind: "ordering", order: shuffled(view.options.length, random) };
    case "matching":
      return { kind: "matching", pairs: (view.items ?? []).map((_, i) => [i, pick(view.options.length)] as [number, number]) };
    case "short_text":
      return { kind: "short_text", text: view.options[pick(view.options.length)] ?? "an answer" };
    case "recall":
      return { kind: "recall", rating: (["again", "hard", "good", "easy"] as const)[pick(4)] as "again" };
  }
}
