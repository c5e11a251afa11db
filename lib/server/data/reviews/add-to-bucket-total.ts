import "server-only";
import type { TTx } from "@/lib/server/db";

/** Adds one review log to (sign 1) or takes it from (sign -1) its quarter-hour's totals. */
export async function addToBucketTotal(options: { tx: TTx; userId: string; bucket: number; state: string; rating: number; durationMs: number; sign: 1 | -1 }): Promise<void> {
  const { tx, userId, bucket, sign } = options;
  const graded = options.state === "review" ? sign : 0;
  const passed = options.state === "review" && options.rating > 1 ? sign : 0;
  const durationMs = options.durationMs * sign;
  await tx.reviewBucketTotal.upsert({
    where: { userId_bucket: { userId, bucket } },
    create: { userId, bucket, reviews: sign, durationMs, graded, passed },
    update: { reviews: { increment: sign }, durationMs: { increment: durationMs }, graded: { increment: graded }, passed: { increment: passed } },
  });
}
