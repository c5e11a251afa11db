import { z } from "zod";

export const ZRecallRating = z.enum(["again", "hard", "good", "easy"]);
export type TRecallRating = z.infer<typeof ZRecallRating>;

const ZIndex = z.number().int();

// Indexes are only checked to be integers here; range, duplicates and length depend on the item
// and are reported by gradeResponse.
export const ZResponse = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single_choice"), choice: ZIndex }),
  z.object({ kind: z.literal("multiple_choice"), choices: z.array(ZIndex) }),
  z.object({ kind: z.literal("true_false"), choice: ZIndex }),
  z.object({ kind: z.literal("matching"), pairs: z.array(z.tuple([ZIndex, ZIndex])) }),
  z.object({ kind: z.literal("ordering"), order: z.array(ZIndex) }),
  z.object({ kind: z.literal("short_text"), text: z.string() }),
  z.object({ kind: z.literal("recall"), rating: ZRecallRating }),
]);
export type TResponse = z.infer<typeof ZResponse>;

export type TGradeResult = { ok: true; correct: boolean; score: number; correctAnswerText: string } | { ok: false; error: string };
