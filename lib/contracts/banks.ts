// Banks as the public API lists them.
import { z } from "zod";
import { ZBankSlug } from "./ids";

export const ZBankSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    emoji: z.string(),
    description: z.string(),
    questionCount: z.number().int().meta({ description: "published questions" }),
    size: z.number().int().meta({ description: "questions planned for the bank" }),
    answeredCount: z.number().int().meta({ description: "questions the token's user has answered" }),
  })
  .meta({ id: "Bank" });
export type TBankSummary = z.infer<typeof ZBankSummary>;

export const ZBankDetail = z
  .object({
    slug: z.string(),
    name: z.string(),
    emoji: z.string(),
    description: z.string(),
    intro: z.string().meta({ description: "markdown" }),
    questionCount: z.number().int(),
    size: z.number().int(),
    tags: z.array(z.object({ tag: z.string(), count: z.number().int() })).meta({ description: "tags of published questions, with how many carry each" }),
  })
  .meta({ id: "BankDetail" });
export type TBankDetail = z.infer<typeof ZBankDetail>;

export const ZBankParams = z.object({ bank: ZBankSlug });
