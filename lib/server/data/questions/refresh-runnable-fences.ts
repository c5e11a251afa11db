import "server-only";
import type { TTx } from "@/lib/db/create-client";
import type { TFenceRunner } from "@/lib/content/run-fence";
import { findRunnableFences } from "@/lib/content/runnable-fences";

/** Which python fences of each version get a Run button depends on what the sandbox engine can
 * run, not only on the text, so publishing sets it and every import recomputes it for the
 * published versions, writing the ones that changed. `runFence` replaces the in-process run (the
 * server passes runs made in its worker threads). Returns how many versions changed. */
export async function refreshRunnableFences(options: { tx: TTx; versionIds: string[]; runFence?: TFenceRunner }): Promise<number> {
  if (options.versionIds.length === 0) return 0;
  const versions = await options.tx.questionVersion.findMany({ where: { id: { in: options.versionIds } }, select: { id: true, bodyMarkdown: true, runnableFences: true } });
  let changed = 0;
  for (const version of versions) {
    const runnableFences = findRunnableFences(version.bodyMarkdown, options.runFence ? { runFence: options.runFence } : {}).join(",");
    if (runnableFences === version.runnableFences) continue;
    await options.tx.questionVersion.update({ where: { id: version.id }, data: { runnableFences } });
    changed += 1;
  }
  return changed;
}
