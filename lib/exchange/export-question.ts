import type { TQuizItem } from "@/lib/quiz/schemas";

/** One published question as the item exports (GIFT, Anki, JSON) read it: its published
 * version's text and the items learners are offered (retired ones left out). */
export type TExportQuestion = {
  number: number;
  slug: string;
  title: string;
  difficulty: "easy" | "medium" | "hard";
  tags: string[];
  version: number;
  bodyMarkdown: string;
  items: TQuizItem[];
};
