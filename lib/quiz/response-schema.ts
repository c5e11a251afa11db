import { z } from "zod";
import { SHORT_TEXT_MAX } from "./limits";

export const ZRecallRating = z.enum(["again", "hard", "good", "easy"]);
export type TRecallRating = z.infer<typeof ZRecallRating>;

const ZIndex = z.number().int();

/** More entries than any item has; range, duplicates and exact length are gradeResponse's job. */
const MAX_ENTRIES = 50;

// Indexes are only checked to be integers here; range, duplicates and length depend on the item
// and are reported by gradeResponse. Every list and text has a ceiling so a stored answer stays
// small (the request body is capped too: lib/server/http/body-limits.ts).
export const ZResponse = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single_choice"), choice: ZIndex }),
  z.object({ kind: z.literal("multiple_choice"), choices: z.array(ZIndex).max(MAX_ENTRIES) }),
  z.object({ kind: z.literal("true_false"), choice: ZIndex }),
  z.object({ kind: z.literal("matching"), pairs: z.array(z.tuple([ZIndex, ZIndex])).max(MAX_ENTRIES) }),
  z.object({ kind: z.literal("ordering"), order: z.array(ZIndex).max(MAX_ENTRIES) }),
  z.object({ kind: z.literal("short_text"), text: z.string().max(SHORT_TEXT_MAX, `Use at most ${SHORT_TEXT_MAX} characters.`) }),
  z.object({ kind: z.literal("recall"), rating: ZRecallRating }),
]);
export type TResponse = z.infer<typeof ZResponse>;

export type TGradeResult = { ok: true; correct: boolean; score: number; correctAnswerText: string } | { ok: false; error: string };
