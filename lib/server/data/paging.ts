import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

// A cursor is the sort key of the last item sent, as base64url JSON: opaque to clients, and
// stable when rows are added or removed between pages (the next page starts after that key,
// not at an offset).
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, shape: T): z.infer<T> | null {
  if (cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const key = shape.safeParse(parsed);
  if (!key.success) throw new AppError("VALIDATION", "cursor: not a cursor this API gave out; pass nextCursor from the previous page.");
  return key.data;
}

/** A page of a list already in memory and sorted by `keyOf` (a short list such as the banks). */
export function pageInMemory<T>(items: T[], keyOf: (item: T) => string, options: { cursor?: string; limit: number }): { items: T[]; nextCursor: string | null } {
  const after = decodeCursor(options.cursor, z.tuple([z.string()]));
  const rest = after ? items.filter((item) => keyOf(item) > after[0]) : items;
  const page = rest.slice(0, options.limit);
  return { items: page, nextCursor: rest.length > options.limit ? encodeCursor([keyOf(page.at(-1)!)]) : null };
}
