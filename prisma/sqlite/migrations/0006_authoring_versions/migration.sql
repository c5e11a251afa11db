-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN "basedOn" INTEGER;
ALTER TABLE "QuestionVersion" ADD COLUMN "publishedAt" DATETIME;

-- CreateTable
CREATE TABLE "QuestionRedirect" (
    "bankId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bankId", "number"),
    CONSTRAINT "QuestionRedirect_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Bank" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionRedirect_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bankId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedVersionId" TEXT,
    "sourcePath" TEXT,
    "headVersion" INTEGER NOT NULL DEFAULT 0,
    "editCount" INTEGER NOT NULL DEFAULT 0,
    "importedEditCount" INTEGER NOT NULL DEFAULT 0,
    "importedHash" TEXT,
    "importedNumber" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_bankId_fkey" FOREIGN KEY ("bankId") REFERENCES "Bank" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("bankId", "createdAt", "difficulty", "id", "number", "publishedVersionId", "slug", "sourcePath", "status", "title", "updatedAt") SELECT "bankId", "createdAt", "difficulty", "id", "number", "publishedVersionId", "slug", "sourcePath", "status", "title", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_publishedVersionId_key" ON "Question"("publishedVersionId");
CREATE INDEX "Question_bankId_status_idx" ON "Question"("bankId", "status");
CREATE UNIQUE INDEX "Question_bankId_number_key" ON "Question"("bankId", "number");
CREATE UNIQUE INDEX "Question_bankId_slug_key" ON "Question"("bankId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "QuestionRedirect_questionId_idx" ON "QuestionRedirect"("questionId");



-- Existing rows: every version so far came from a content import, which published it on top of
-- the one before.
UPDATE "Question" SET "headVersion" = COALESCE((SELECT MAX(v."version") FROM "QuestionVersion" v WHERE v."questionId" = "Question"."id"), 0);
UPDATE "QuestionVersion" SET "publishedAt" = "createdAt", "basedOn" = CASE WHEN "version" > 1 THEN "version" - 1 ELSE NULL END;
