// Published questions as the public API lists and shows them, and their quiz items without
// answers.
import { z } from "zod";
import { ZItemKind } from "@/lib/quiz/schemas";
import { ZBankSlug, ZDifficultyName, ZRowId, ZTag, ZTimestamp } from "./ids";
import { ZPageQuery } from "./paging";

export const ZQuestionListQuery = ZPageQuery.extend({
  bank: ZBankSlug.optional(),
  tag: ZTag.optional(),
  difficulty: ZDifficultyName.optional(),
  q: z.string().trim().min(1).max(100).optional().meta({ description: "text found in the title, in any case" }),
}).strict();
export type TQuestionListQuery = z.infer<typeof ZQuestionListQuery>;

export const ZQuestionSummary = z
  .object({
    id: z.string(),
    bank: z.string(),
    number: z.number().int(),
    slug: z.string(),
    title: z.string(),
    difficulty: ZDifficultyName,
    tags: z.array(z.string()),
    href: z.string().meta({ description: "the question's page on this site" }),
  })
  .meta({ id: "QuestionSummary" });
export type TQuestionSummary = z.infer<typeof ZQuestionSummary>;

export const ZQuestionParams = z.object({ questionId: ZRowId });

export const ZQuestionDetail = z
  .object({
    id: z.string(),
    bank: z.object({ slug: z.string(), name: z.string(), emoji: z.string() }),
    number: z.number().int(),
    slug: z.string(),
    title: z.string(),
    difficulty: ZDifficultyName,
    tags: z.array(z.string()),
    href: z.string(),
    version: z.object({
      number: z.number().int(),
      publishedAt: ZTimestamp.nullable(),
      markdown: z.string().meta({ description: "the model answer as written" }),
      html: z.string().meta({ description: "the model answer rendered and sanitized, code highlighted" }),
    }),
  })
  .meta({ id: "Question" });
export type TQuestionDetail = z.infer<typeof ZQuestionDetail>;

export const ZPublicQuizItem = z
  .object({
    key: z.string().meta({ description: "stable within the version" }),
    kind: ZItemKind,
    prompt: z.string(),
    options: z.array(z.string()),
    items: z.array(z.string()).nullable().meta({ description: "a matching item's left column" }),
    code: z.string().nullable().meta({ description: "the program a predict-the-output item is about" }),
  })
  .meta({ id: "PublicQuizItem" });

export const ZQuestionItems = z.object({ questionId: z.string(), version: z.number().int(), items: z.array(ZPublicQuizItem) }).meta({ id: "QuestionItems" });
export type TQuestionItems = z.infer<typeof ZQuestionItems>;
