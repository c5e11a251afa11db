// Cursor pagination for the public API's lists: a page of items in a stable order and an opaque
// cursor for the next page (null on the last one).
import { z } from "zod";

export const ZPageQuery = z.object({
  cursor: z.string().max(400).optional().meta({ description: "nextCursor of the previous page; absent for the first page" }),
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "items per page, 1 to 100" }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().meta({ description: "pass as `cursor` for the next page; null on the last page" }) });
}
export type TPage<T> = { items: T[]; nextCursor: string | null };
