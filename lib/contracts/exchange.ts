// Banks in and out: what the import and export pages send and get back.
import { z } from "zod";
import type { TVersionDiffView } from "./authoring";

const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(60);

/** The query of POST /api/author/bank-imports: into which bank (absent: a new bank), and for
 * Apply the preview's token. The body is the zip itself. */
export const ZBankImportQuery = z
  .object({
    into: ZSlug.optional(),
    apply: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "The token comes from the preview.")
      .optional(),
  })
  .strict();
export type TBankImportQuery = z.infer<typeof ZBankImportQuery>;

export type TFileProblem = { path: string; line: number; message: string };

export type TImportPreviewUpdate = {
  path: string;
  number: number;
  title: string;
  /** what changes, in words: "new version", "moves from 5", "comes back from the archive", … */
  changes: string[];
  /** the question as learners see it now (or its newest draft) → the file; null when only its
   * number, slug or status changes */
  diff: TVersionDiffView | null;
  /** a draft newer than the published version stays in the history below the new version */
  keepsDraft: number | null;
};

export type TBankImportPreview = {
  /** names this exact plan: Apply writes only while the zip and the bank are still what the
   * preview saw */
  token: string;
  bank: { slug: string; name: string; emoji: string; isNew: boolean; changes: { field: string; before: string; after: string }[] };
  creates: { path: string; number: number; title: string }[];
  updates: TImportPreviewUpdate[];
  archives: { number: number; title: string }[];
  unchanged: number;
  /** files reported and skipped, with their line */
  problems: TFileProblem[];
  /** entries of the zip that are not part of a bank folder, left unread */
  ignored: string[];
};

export type TBankImportResult = { bank: string; href: string; created: number; updated: number; archived: number; unchanged: number; skipped: number };
