import "server-only";
import { db } from "@/lib/server/db";

export async function listBankTags(options: { bankId: string }): Promise<{ tag: string; count: number }[]> {
  const rows = await db.questionTag.groupBy({
    by: ["tag"],
    where: { question: { bankId: options.bankId, status: "published" } },
    _count: { _all: true },
    orderBy: { tag: "asc" },
  });
  return rows.map((row) => ({ tag: row.tag, count: row._count._all }));
}
