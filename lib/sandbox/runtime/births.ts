// Who is told when an object is made. gc's allocation counters and tracemalloc's traces need to
// see objects being born; everything else does not, so the one watcher slot stays null and a
// PyObj's constructor pays a single comparison. A run starts with no watcher (program.ts).
import type { PyObj } from "./value";

export let birthWatcher: ((o: PyObj) => void) | null = null;

export function setBirthWatcher(w: ((o: PyObj) => void) | null): void {
  birthWatcher = w;
}
