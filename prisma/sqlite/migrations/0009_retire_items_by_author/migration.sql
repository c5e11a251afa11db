-- CreateTable
CREATE TABLE "ItemRetirement" (
    "questionId" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "retiredById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionId", "itemKey"),
    CONSTRAINT "ItemRetirement_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemRetirement_retiredById_fkey" FOREIGN KEY ("retiredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable
-- A plain ADD COLUMN rather than Prisma's table rebuild: it stays correct whatever another
-- migration adds to QuizItem at the same time.
ALTER TABLE "QuizItem" ADD COLUMN "retiredByAuthor" BOOLEAN NOT NULL DEFAULT false;
