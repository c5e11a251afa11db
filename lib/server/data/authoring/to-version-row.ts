import "server-only";
import type { TVersionRow } from "@/lib/contracts/authoring";

export const VERSION_ROW_SELECT = { id: true, version: true, createdAt: true, note: true, basedOn: true, publishedAt: true, author: { select: { name: true, email: true } } } as const;

type TVersionRecord = { id: string; version: number; createdAt: Date; note: string | null; basedOn: number | null; publishedAt: Date | null; author: { name: string | null; email: string } | null };

export function toVersionRow(row: TVersionRecord, publishedVersionId: string | null): TVersionRow {
  return {
    version: row.version,
    authorName: row.author ? (row.author.name ?? row.author.email) : null,
    createdAt: row.createdAt.toISOString(),
    note: row.note,
    status: row.id === publishedVersionId ? "published" : row.publishedAt ? "earlier" : "draft",
    basedOn: row.basedOn,
  };
}
