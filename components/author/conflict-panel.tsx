import type { TSaveConflict } from "@/lib/contracts/authoring";
import { VersionDiff } from "./version-diff";

type TProps = { conflict: TSaveConflict; onKeepMine: () => void; onTakeTheirs: () => void };

/** Shown when a save was refused because another author saved first. Nothing was overwritten:
 * their version is in the history and this editor still holds the author's own text. */
export function ConflictPanel({ conflict, onKeepMine, onTakeTheirs }: TProps) {
  const who = conflict.head.authorName ?? "A content import";
  return (
    <section
      role="alert"
      aria-labelledby="conflict-title"
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 dark:border-amber-600 dark:bg-amber-950/30"
      data-testid="conflict-panel"
    >
      <h2 id="conflict-title" className="font-semibold text-amber-900 dark:text-amber-100">
        {who} saved version {conflict.head.version} while you were editing version {conflict.baseVersion}
      </h2>
      <p className="mt-1 text-sm text-amber-900/80 dark:text-amber-100/80">
        Your save was not stored and nothing was overwritten: your text is still in the editor.
        {conflict.head.note ? ` Their note: “${conflict.head.note}”.` : ""}
      </p>
      <h3 className="mt-3 text-sm font-semibold">What they changed</h3>
      <div className="mt-1">
        <VersionDiff diff={conflict.theirs} fromLabel={`v${conflict.baseVersion} (yours started here)`} toLabel={`v${conflict.head.version} (theirs)`} />
      </div>
      <h3 className="mt-3 text-sm font-semibold">What saving your text would change in their version</h3>
      <div className="mt-1">
        <VersionDiff diff={conflict.mine} fromLabel={`v${conflict.head.version} (theirs)`} toLabel="your text" />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onKeepMine}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900"
          data-testid="conflict-keep-mine"
        >
          Keep my text on top of v{conflict.head.version}
        </button>
        <button type="button" onClick={onTakeTheirs} className="sandbox-button" data-testid="conflict-take-theirs">
          Discard mine and load v{conflict.head.version}
        </button>
      </div>
    </section>
  );
}
