import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getQuestionEditor } from "@/lib/server/data/authoring/get-question-editor";
import { parseQuestionParams } from "@/lib/server/data/questions/parse-question-params";
import { requireAuthorPage } from "@/lib/server/permissions/require-author-page";
import { QuestionEditor } from "@/components/author/question-editor";

type TProps = { params: Promise<{ bank: string; number: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { bank, number } = await params;
  return { title: `Edit ${bank} Q${number}` };
}

export default async function EditQuestionPage({ params }: TProps) {
  const parsed = parseQuestionParams(await params);
  if (!parsed) notFound();
  const actor = await requireAuthorPage(`/author/${parsed.bank}/${parsed.number}`);
  const state = await getQuestionEditor({ actor, bankSlug: parsed.bank, number: parsed.number }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // Keyed by question and number: after a move the editor opens fresh on the new URL.
  return <QuestionEditor key={`${state.question.id}:${state.question.number}`} state={state} />;
}
