import "server-only";
import { db } from "@/lib/server/db";
import type { TActor } from "@/lib/server/permissions/roles";

export type TQuestionRow = {
  id: string;
  number: number;
  slug: string;
  title: string;
  difficulty: "easy" | "medium" | "hard";
  tags: string[];
  answered: boolean;
};

export async function listBankQuestions(options: { bankId: string; actor: TActor | null }): Promise<TQuestionRow[]> {
  const questions = await db.question.findMany({
    where: { bankId: options.bankId, status: "published" },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      slug: true,
      title: true,
      difficulty: true,
      tags: { select: { tag: true }, orderBy: { tag: "asc" } },
    },
  });
  const answered = options.actor
    ? new Set(
        (
          await db.attempt.findMany({
            where: { userId: options.actor.id, question: { bankId: options.bankId } },
            distinct: ["questionId"],
            select: { questionId: true },
          })
        ).map((a) => a.questionId),
      )
    : new Set<string>();
  return questions.map((q) => ({ ...q, tags: q.tags.map((t) => t.tag), answered: answered.has(q.id) }));
}
