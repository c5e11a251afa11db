-- CreateTable
CREATE TABLE "ReviewBucketTotal" (
    "userId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "graded" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("userId", "bucket"),
    CONSTRAINT "ReviewBucketTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

