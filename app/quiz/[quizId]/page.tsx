import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import { getQuiz } from "@/lib/server/data/quizzes/get-quiz";
import { ZQuizId } from "@/lib/contracts/quizzes";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { QuizReview } from "@/components/quiz/quiz-review";

export const metadata: Metadata = { title: "Quiz" };

type TProps = { params: Promise<{ quizId: string }> };

export default async function QuizPage({ params }: TProps) {
  const { quizId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${quizId}`)}`);
  const id = ZQuizId.safeParse(quizId);
  if (!id.success) notFound();
  const quiz = await getQuiz({ actor, quizId: id.data }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">
        <span aria-hidden>{quiz.bank.emoji}</span> {quiz.bank.name} quiz{quiz.status === "finished" ? ": results" : ""}
      </h1>
      {quiz.status === "finished" ? <QuizReview quiz={quiz} /> : <QuizPlayer quiz={quiz} />}
    </>
  );
}
