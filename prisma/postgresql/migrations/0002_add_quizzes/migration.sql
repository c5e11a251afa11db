-- CreateEnum
CREATE TYPE "QuizFeedback" AS ENUM ('immediate', 'deferred');

-- CreateEnum
CREATE TYPE "QuizStatus" AS ENUM ('active', 'finished');

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "quizItemId" TEXT,
ADD COLUMN     "quizSessionId" TEXT;

-- CreateTable
CREATE TABLE "QuizItem" (
    "id" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "AttemptKind" NOT NULL,
    "generator" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuizItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bankId" TEXT NOT NULL,
    "feedback" "QuizFeedback" NOT NULL,
    "status" "QuizStatus" NOT NULL DEFAULT 'active',
    "settings" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "QuizSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizSessionItem" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quizItemId" TEXT NOT NULL,
    "attemptId" TEXT,

    CONSTRAINT "QuizSessionItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuizItem_questionId_idx" ON "QuizItem"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizItem_questionVersionId_key_key" ON "QuizItem"("questionVersionId", "key");

-- CreateIndex
CREATE INDEX "QuizSession_userId_createdAt_idx" ON "QuizSession"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSessionItem_attemptId_key" ON "QuizSessionItem"("attemptId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSessionItem_sessionId_position_key" ON "QuizSessionItem"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSessionItem_sessionId_quizItemId_key" ON "QuizSessionItem"("sessionId", "quizItemId");

-- CreateIndex
CREATE INDEX "Attempt_userId_quizItemId_idx" ON "Attempt"("userId", "quizItemId");

-- AddForeignKey
ALTER TABLE "QuizItem" ADD CONSTRAINT "QuizItem_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSession" ADD CONSTRAINT "QuizSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSession" ADD CONSTRAINT "QuizSession_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Bank"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSessionItem" ADD CONSTRAINT "QuizSessionItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "QuizSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSessionItem" ADD CONSTRAINT "QuizSessionItem_quizItemId_fkey" FOREIGN KEY ("quizItemId") REFERENCES "QuizItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSessionItem" ADD CONSTRAINT "QuizSessionItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_quizItemId_fkey" FOREIGN KEY ("quizItemId") REFERENCES "QuizItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_quizSessionId_fkey" FOREIGN KEY ("quizSessionId") REFERENCES "QuizSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

