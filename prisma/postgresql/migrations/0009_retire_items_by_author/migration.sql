-- AlterTable
ALTER TABLE "QuizItem" ADD COLUMN     "retiredByAuthor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ItemRetirement" (
    "questionId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "retiredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemRetirement_pkey" PRIMARY KEY ("questionId","itemKey")
);

-- AddForeignKey
ALTER TABLE "ItemRetirement" ADD CONSTRAINT "ItemRetirement_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRetirement" ADD CONSTRAINT "ItemRetirement_retiredById_fkey" FOREIGN KEY ("retiredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

