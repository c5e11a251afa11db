// The worker threads that grade predictions: a program that exhausts its thread's heap fails
// alone, with a clear error, and the pool grades the next program as if nothing happened.
import { beforeAll, describe, expect, it } from "vitest";

// A small heap so a modest program exhausts it; set before lib/server/env.ts is first read.
process.env.SANDBOX_THREAD_MEMORY_MB = "48";
let runProgramInThread: (code: string) => Promise<{ stdout: string; exitCode: number }>;

beforeAll(async () => {
  ({ runProgramInThread } = await import("@/lib/server/sandbox/run-in-thread"));
});

const HOG = "rows = []\nfor i in range(1_500_000):\n    rows.append([i, str(i)])\nprint(len(rows))\n";

describe("sandbox threads", () => {
  it("fails a program that runs out of memory with a 409, keeps the process up, and grades the next one", async () => {
    await expect(runProgramInThread(HOG)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/memory/) });
    const runs = await Promise.all([runProgramInThread('print("after")\n'), runProgramInThread("print(6 * 7)\n")]);
    expect(runs.map((r) => [r.stdout, r.exitCode])).toEqual([
      ["after\n", 0],
      ["42\n", 0],
    ]);
  });
});
