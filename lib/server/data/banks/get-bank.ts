import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";

export type TBankRow = { id: string; slug: string; name: string; emoji: string; description: string; intro: string; size: number; questionCount: number };

export async function getBank(options: { slug: string }): Promise<TBankRow> {
  const bank = await db.bank.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      slug: true,
      name: true,
      emoji: true,
      description: true,
      intro: true,
      planned: true,
      _count: { select: { questions: { where: { status: "published" } } } },
    },
  });
  if (!bank) throw new AppError("NOT_FOUND", `No bank called "${options.slug}".`);
  const { planned, _count, ...rest } = bank;
  return { ...rest, questionCount: _count.questions, size: Math.max(planned, _count.questions) };
}
