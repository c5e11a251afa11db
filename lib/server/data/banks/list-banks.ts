import "server-only";
import { db } from "@/lib/server/db";
import type { TBankSummary } from "@/lib/contracts/banks";
import type { TActor } from "@/lib/server/permissions/roles";

export async function listBanks(options: { actor: TActor | null }): Promise<TBankSummary[]> {
  const banks = await db.bank.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      emoji: true,
      description: true,
      planned: true,
      _count: { select: { questions: { where: { status: "published" } } } },
    },
  });
  const answered = options.actor
    ? await db.question.groupBy({
        by: ["bankId"],
        where: { status: "published", attempts: { some: { userId: options.actor.id } } },
        _count: { _all: true },
      })
    : [];
  const answeredByBank = new Map(answered.map((row) => [row.bankId, row._count._all]));
  // A bank an author just created has nothing to offer learners until a question is published.
  return banks.filter((bank) => bank._count.questions > 0).map((bank) => ({
    slug: bank.slug,
    name: bank.name,
    emoji: bank.emoji,
    description: bank.description,
    questionCount: bank._count.questions,
    size: Math.max(bank.planned, bank._count.questions),
    answeredCount: answeredByBank.get(bank.id) ?? 0,
  }));
}
