-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN     "runnableFences" TEXT NOT NULL DEFAULT '';

