import { z } from "zod";

// The YAML inside a ```quiz fence. Options are written in display order (for ordering: in the
// correct order); an answer is an option's text (recommended) or its 0-based index.
const ZText = z.string().trim().min(1);
const ZOptionRef = z.union([z.number().int().nonnegative(), ZText]);
// Unquoted YAML numbers are accepted as option text (`- 42`); write "3.10" quoted, YAML would
// read 3.10 as the number 3.1.
const ZOption = z.union([ZText, z.number().transform(String)]);
const base = {
  // Generated ids start with a generator name, and the session side keeps "recall" for its own
  // card; an authored id must not be able to collide with either.
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "id may use letters, digits, _ . : -")
    .refine((id) => id !== "recall" && !/^(which-subject|true-false|matching|odd-one-out|fill-the-cell|authored)-/.test(id), "id is reserved")
    .optional(),
  prompt: ZText,
  explanation: z.string().trim().default(""),
};

// Matching is generated from tables only; authoring it in YAML would be clumsy.
export const AUTHORED_KINDS = ["single_choice", "multiple_choice", "true_false", "ordering", "short_text", "recall"] as const;

export const ZAuthoredBlock = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single_choice"), ...base, options: z.array(ZOption).min(2), answer: ZOptionRef }).strict(),
  z.object({ kind: z.literal("multiple_choice"), ...base, options: z.array(ZOption).min(2), answer: z.array(ZOptionRef).min(1) }).strict(),
  z.object({ kind: z.literal("true_false"), ...base, answer: z.boolean() }).strict(),
  z.object({ kind: z.literal("ordering"), ...base, options: z.array(ZOption).min(2) }).strict(),
  z.object({ kind: z.literal("short_text"), ...base, answer: z.union([ZText, z.array(ZText).min(1)]) }).strict(),
  z.object({ kind: z.literal("recall"), ...base, explanation: ZText }).strict(),
]);
export type TAuthoredBlock = z.infer<typeof ZAuthoredBlock>;
