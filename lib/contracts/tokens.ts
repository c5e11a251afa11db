// Personal access tokens, as /settings manages them.
import { z } from "zod";
import { API_SCOPES } from "./endpoint";
import { ZRowId, ZTimestamp } from "./ids";

export const MAX_API_TOKENS = 20;
export const ZApiScope = z.enum(API_SCOPES);

export const ZCreateApiToken = z
  .object({
    name: z.string().trim().min(1, "Name the token: what will use it?").max(60, "At most 60 characters."),
    scopes: z
      .array(ZApiScope)
      .min(1, "Pick at least one scope.")
      .max(API_SCOPES.length)
      .refine((scopes) => new Set(scopes).size === scopes.length, "Each scope once."),
  })
  .strict();
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  /** the token's first characters, to tell tokens apart; never enough to use it */
  hint: z.string(),
  scopes: z.array(ZApiScope),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
});
export type TApiTokenView = z.infer<typeof ZApiTokenView>;

/** The one time the token itself is sent: right after it is made. */
export const ZCreatedApiToken = ZApiTokenView.extend({ token: z.string() });
export type TCreatedApiToken = z.infer<typeof ZCreatedApiToken>;

export const ZApiTokenParams = z.object({ tokenId: ZRowId });
