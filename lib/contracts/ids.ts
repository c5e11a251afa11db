import { z } from "zod";

// Row ids are cuids (letters and digits). Holding every id in a request or path to that shape
// means a lone surrogate, a NUL or a 1 MB string never reaches a query as a key.
export const ZRowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown id.");

export const ZBankSlug = z.string().regex(/^[a-z0-9-]{1,60}$/, "Unknown bank.");
export const ZTag = z.string().regex(/^[a-z0-9-]{1,40}$/, "Tags are lowercase kebab-case.");
export const ZDifficultyName = z.enum(["easy", "medium", "hard"]);

/** Made by the client once per answer: a retried or double-clicked submit stores one row, and the
 * same key with other content is a CONFLICT. */
export const ZIdempotencyKey = z.string().uuid().meta({ description: "A UUID the client makes once per answer; sending it again replays the first result." });
/** How long the learner took, as the client measured it. */
export const ZDurationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000);

/** Timestamps travel as ISO 8601 strings in UTC. */
export const ZTimestamp = z.iso.datetime();
