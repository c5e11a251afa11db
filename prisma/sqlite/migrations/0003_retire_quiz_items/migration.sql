-- AlterTable
ALTER TABLE "QuizItem" ADD COLUMN "retiredAt" DATETIME;

