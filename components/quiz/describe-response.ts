import type { TResponse } from "@/lib/quiz/schemas";

type TItemShape = { options: string[]; items: string[] | null };

// The learner's own answer in words, for feedback and the review page.
export function describeResponse(item: TItemShape, response: TResponse): string {
  switch (response.kind) {
    case "single_choice":
    case "true_false":
      return item.options[response.choice] ?? "—";
    case "multiple_choice":
      return response.choices.map((i) => item.options[i] ?? "?").join("; ") || "(nothing selected)";
    case "matching":
      return response.pairs.map(([a, b]) => `${item.items?.[a] ?? "?"} → ${item.options[b] ?? "?"}`).join("; ");
    case "ordering":
      return response.order.map((i) => item.options[i] ?? "?").join(" → ");
    case "short_text":
      return response.text;
    case "recall":
      return `Rated ${response.rating}`;
  }
}
