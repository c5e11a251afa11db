-- AlterTable
ALTER TABLE "QuizItem" ADD COLUMN     "retiredAt" TIMESTAMP(3);

