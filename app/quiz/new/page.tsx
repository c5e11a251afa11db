import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getBank } from "@/lib/server/data/banks/get-bank";
import { listBankTags } from "@/lib/server/data/banks/list-bank-tags";
import { parseBankParam } from "@/lib/server/data/questions/parse-question-params";
import { NewQuizForm } from "@/components/quiz/new-quiz-form";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ searchParams }: { searchParams: Promise<{ bank?: string }> }) {
  const slug = parseBankParam((await searchParams).bank ?? "python");
  if (!slug) notFound();
  if (!(await getActor())) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/quiz/new?bank=${slug}`)}`);
  const bank = await getBank({ slug }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const tags = await listBankTags({ bankId: bank.id });
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">
        <span aria-hidden>{bank.emoji}</span> New {bank.name} quiz
      </h1>
      <NewQuizForm bank={bank.slug} tags={tags} />
    </>
  );
}
