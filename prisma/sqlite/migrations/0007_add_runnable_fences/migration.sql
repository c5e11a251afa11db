-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuestionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "bodyMarkdown" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "runnableFences" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "note" TEXT,
    "basedOn" INTEGER,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_QuestionVersion" ("authorId", "basedOn", "bodyMarkdown", "contentHash", "createdAt", "difficulty", "id", "note", "publishedAt", "questionId", "tags", "title", "version") SELECT "authorId", "basedOn", "bodyMarkdown", "contentHash", "createdAt", "difficulty", "id", "note", "publishedAt", "questionId", "tags", "title", "version" FROM "QuestionVersion";
DROP TABLE "QuestionVersion";
ALTER TABLE "new_QuestionVersion" RENAME TO "QuestionVersion";
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

