-- CreateTable
CREATE TABLE "ReviewBucketTotal" (
    "userId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "graded" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewBucketTotal_pkey" PRIMARY KEY ("userId","bucket")
);

-- AddForeignKey
ALTER TABLE "ReviewBucketTotal" ADD CONSTRAINT "ReviewBucketTotal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

