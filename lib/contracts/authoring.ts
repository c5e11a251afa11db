// What the authoring pages send to the server and get back. The zod schemas are the boundary: the
// /api/author route handlers parse every input with them, and the editor uses the same limits to
// warn early.
import { z } from "zod";
import type { TDiffBlock, TFieldChange } from "@/lib/authoring/diff-versions";
import type { TItemNote } from "@/lib/authoring/explain-table-items";
import type { TBodyProblem } from "@/lib/questions/check-question-body";
import type { TAnswerSegment } from "@/lib/content/render-markdown";
import type { TQuizItem } from "@/lib/quiz/schemas";

export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_QUESTION_NUMBER = 9999;

const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens (kebab-case).")
  .max(60, "At most 60 characters.");
const ZId = z.string().min(1).max(64);
const ZVersionNumber = z.number().int().min(1).max(1_000_000);
const ZQuestionNumber = z.number().int().min(1, "Numbers start at 1.").max(MAX_QUESTION_NUMBER, `Numbers go up to ${MAX_QUESTION_NUMBER}.`);

export const ZDifficulty = z.enum(["easy", "medium", "hard"]);
export const ZTags = z
  .array(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "Tags are lowercase kebab-case.")
      .max(40, "A tag has at most 40 characters."),
  )
  .max(8, "At most 8 tags.");

export const ZBody = z
  .string()
  .refine((body) => new TextEncoder().encode(body).length <= MAX_BODY_BYTES, `The answer is over ${MAX_BODY_BYTES / 1024} KB; split it or shorten it.`);

/** The front matter and body of one version, as the editor's form holds them. */
export const ZDraftContent = z
  .object({
    title: z.string().trim().min(3, "The title needs at least 3 characters.").max(200, "At most 200 characters."),
    difficulty: ZDifficulty,
    tags: ZTags,
    bodyMarkdown: ZBody.refine((body) => body.trim().length > 0, "The answer body is empty."),
  })
  .strict();
export type TDraftContent = z.infer<typeof ZDraftContent>;

export const ZSaveDraft = z
  .object({ questionId: ZId, baseVersion: z.number().int().min(0), content: ZDraftContent, note: z.string().trim().max(200, "Keep the note under 200 characters.").optional() })
  .strict();
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

export const ZPublishVersion = z.object({ questionId: ZId, version: ZVersionNumber }).strict();
export const ZRestoreVersion = z.object({ questionId: ZId, version: ZVersionNumber, baseVersion: ZVersionNumber }).strict();
export const ZDiffVersions = z.object({ questionId: ZId, from: ZVersionNumber, to: ZVersionNumber }).strict();
export const ZSaveConflict = z.object({ questionId: ZId, baseVersion: z.number().int().min(0), content: ZDraftContent }).strict();
// The preview renders whatever is being typed, empty body included.
export const ZPreviewDraft = z
  .object({ questionId: ZId, content: z.object({ title: z.string().max(200), difficulty: ZDifficulty, tags: z.array(z.string().max(40)).max(20), bodyMarkdown: ZBody }).strict() })
  .strict();
export const ZSetArchived = z.object({ questionId: ZId, archived: z.boolean() }).strict();
export const ZMoveQuestion = z.object({ questionId: ZId, to: ZQuestionNumber }).strict();

export const ZCreateQuestion = z
  .object({
    bank: ZSlug,
    title: ZDraftContent.shape.title,
    difficulty: ZDifficulty,
    tags: ZTags.default([]),
    /** where it goes; the rest move up. Absent: after the last question. */
    number: ZQuestionNumber.optional(),
  })
  .strict();
export type TCreateQuestion = z.infer<typeof ZCreateQuestion>;

// Top-level paths the app itself uses: a bank there would be unreachable.
export const RESERVED_BANK_SLUGS = ["api", "author", "quiz", "review", "sign-in", "sign-up", "settings", "me", "stats", "admin", "_next"];

export const ZCreateBank = z
  .object({
    slug: ZSlug.refine((slug) => !RESERVED_BANK_SLUGS.includes(slug), "This slug is a page of the site; pick another."),
    name: z.string().trim().min(1, "Give the bank a name.").max(60, "At most 60 characters."),
    emoji: z.string().trim().min(1, "Pick an emoji.").max(16, "One emoji, please."),
    description: z.string().trim().min(1, "One sentence for the home page.").max(300, "At most 300 characters."),
  })
  .strict();
export type TCreateBank = z.infer<typeof ZCreateBank>;

export const QUESTION_SORTS = ["number", "title", "updated", "difficulty"] as const;
export const ZQuestionFilters = z.object({
  tag: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
  difficulty: ZDifficulty.optional().catch(undefined),
  status: z.enum(["draft", "published", "archived"]).optional().catch(undefined),
  hasDraft: z.enum(["yes"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(QUESTION_SORTS).default("number").catch("number"),
});
export type TQuestionFilters = z.infer<typeof ZQuestionFilters>;

export type TQuestionStatus = "draft" | "published" | "archived";

export type TAuthorBank = {
  slug: string;
  name: string;
  emoji: string;
  description: string;
  counts: { published: number; draft: number; archived: number; withDraft: number };
};

export type TAuthorQuestionRow = {
  id: string;
  number: number;
  title: string;
  difficulty: "easy" | "medium" | "hard";
  status: TQuestionStatus;
  tags: string[];
  headVersion: number;
  publishedVersion: number | null;
  /** a version newer than the published one (or none published yet) */
  hasDraft: boolean;
  updatedAt: string;
};

/** published: what learners see now; earlier: published before, replaced since; draft: never published */
export type TVersionStatus = "published" | "earlier" | "draft";

export type TVersionRow = { version: number; authorName: string | null; createdAt: string; note: string | null; status: TVersionStatus; basedOn: number | null };

export type TEditorState = {
  question: { id: string; number: number; slug: string; status: TQuestionStatus; publishedVersion: number | null; headVersion: number; fromFile: string | null };
  bank: { slug: string; name: string; emoji: string; tags: string[]; maxNumber: number };
  head: TDraftContent & { version: number };
  versions: TVersionRow[];
};

export type TSaveResult = { version: number; unchanged: boolean };
export type TRestoreResult = { version: number; content: TDraftContent };
export type TPublishResult = { version: number; href: string };

/** `retired`: an author switched this item off (its reason); publishing keeps it off. */
export type TPreviewItem = TQuizItem & { isNew: boolean; retired: string | null };
export type TDraftPreview = {
  segments: TAnswerSegment[];
  items: TPreviewItem[];
  /** items learners have now that this draft would drop */
  removedItems: { id: string; prompt: string }[];
  problems: TBodyProblem[];
  notes: TItemNote[];
};

export type TVersionDiffView = { from: number; to: number; fields: TFieldChange[]; body: TDiffBlock[]; changed: boolean };

export type TSaveConflict = {
  baseVersion: number;
  head: TVersionRow;
  /** what the other author changed: the base version against the newest one */
  theirs: TVersionDiffView;
  /** what saving the editor's text now would change in the newest version */
  mine: TVersionDiffView;
  headContent: TDraftContent;
};
