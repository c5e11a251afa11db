// What the item analysis pages show, and the retire action's input.
import { z } from "zod";
import type { TItemFlag } from "@/lib/item-analysis/flags";

export type TStatLine = {
  attempts: number;
  /** learners who answered */
  learners: number;
  /** share of right attempts */
  facility: number | null;
  /** upper 27% mean score − lower 27% mean score */
  discrimination: number | null;
  pointBiserial: number | null;
  /** mean answer time in ms, over answers of at most 5 minutes */
  averageMs: number | null;
  enoughData: boolean;
  flags: TItemFlag[];
};

export type TOptionLine = { label: string; right: boolean; learners: number; share: number | null };

export type TItemAnalysis = TStatLine & {
  /** the item's content key (what review cards and retirements use) */
  key: string;
  kind: string;
  generator: string;
  prompt: string;
  /** choice items: each option, whether it is right, and the learners who picked it */
  options: TOptionLine[] | null;
  /** live: offered now; retired: switched off by an author; gone: not in the published version
   * any more (an older version's item, kept for its attempts) */
  status: "live" | "retired" | "gone";
  retirement: { reason: string; by: string | null; at: string } | null;
};

export type TQuestionAnalysis = TStatLine & {
  id: string;
  number: number;
  title: string;
  status: "draft" | "published" | "archived";
  items: TItemAnalysis[];
};

export type TBankAnalysis = {
  bank: { slug: string; name: string; emoji: string };
  /** learners with at least one graded answer in the bank, and the size of each 27% group */
  learners: number;
  groupSize: number;
  questions: TQuestionAnalysis[];
};

const ZId = z.string().min(1).max(64);
const ZItemKey = z.string().min(1).max(200);

export const ZRetireItem = z
  .object({
    questionId: ZId,
    itemKey: ZItemKey,
    reason: z.string().trim().min(3, "Say why, in a few words: learners' answers are judged against it later.").max(300, "At most 300 characters."),
  })
  .strict();
export type TRetireItemInput = z.infer<typeof ZRetireItem>;

export const ZUnretireItem = z.object({ questionId: ZId, itemKey: ZItemKey }).strict();
