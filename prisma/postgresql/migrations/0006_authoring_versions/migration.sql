-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "editCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "headVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "importedEditCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "importedHash" TEXT,
ADD COLUMN     "importedNumber" INTEGER;

-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN     "basedOn" INTEGER,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "QuestionRedirect" (
    "bankId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionRedirect_pkey" PRIMARY KEY ("bankId","number")
);

-- CreateIndex
CREATE INDEX "QuestionRedirect_questionId_idx" ON "QuestionRedirect"("questionId");

-- AddForeignKey
ALTER TABLE "QuestionRedirect" ADD CONSTRAINT "QuestionRedirect_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Bank"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRedirect" ADD CONSTRAINT "QuestionRedirect_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Existing rows: every version so far came from a content import, which published it on top of
-- the one before.
UPDATE "Question" SET "headVersion" = COALESCE((SELECT MAX(v."version") FROM "QuestionVersion" v WHERE v."questionId" = "Question"."id"), 0);
UPDATE "QuestionVersion" SET "publishedAt" = "createdAt", "basedOn" = CASE WHEN "version" > 1 THEN "version" - 1 ELSE NULL END;
