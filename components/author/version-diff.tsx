import type { TVersionDiffView } from "@/lib/contracts/authoring";

const MARK = {
  added: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100",
  removed: "bg-rose-100 text-rose-900 line-through decoration-rose-400/70 dark:bg-rose-900/50 dark:text-rose-100",
  same: "",
} as const;

// Long unchanged stretches fold to their first and last lines.
const CONTEXT = 2;

/** A diff of two versions: changed front-matter fields, then the body, prose word by word and
 * code line by line. */
export function VersionDiff({ diff, fromLabel, toLabel }: { diff: TVersionDiffView; fromLabel?: string; toLabel?: string }) {
  const from = fromLabel ?? `version ${diff.from}`;
  const to = toLabel ?? `version ${diff.to}`;
  if (!diff.changed)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No differences between {from} and {to}.
      </p>
    );
  return (
    <div className="space-y-3 text-sm" data-testid="version-diff">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        <span className={`rounded px-1 ${MARK.removed}`}>{from}</span> → <span className={`rounded px-1 ${MARK.added}`}>{to}</span>
      </p>
      {diff.fields.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {diff.fields.map((field) => (
            <div key={field.field} className="contents">
              <dt className="font-medium capitalize text-slate-600 dark:text-slate-300">{field.field}</dt>
              <dd>
                <span className={`rounded px-1 ${MARK.removed}`}>{field.before || "—"}</span> → <span className={`rounded px-1 ${MARK.added}`}>{field.after || "—"}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="overflow-x-auto rounded-md border border-slate-200 font-mono text-[0.8rem] leading-5 dark:border-slate-800">
        {diff.body.map((block, i) => {
          switch (block.kind) {
            case "same": {
              const lead = i === 0 ? 0 : CONTEXT;
              const trail = i === diff.body.length - 1 ? 0 : CONTEXT;
              const hidden = block.lines.length - lead - trail;
              const shown = hidden > 1 ? [...block.lines.slice(0, lead), null, ...block.lines.slice(block.lines.length - trail)] : block.lines;
              return (
                <div key={i} className="px-3 whitespace-pre-wrap text-slate-500 dark:text-slate-400">
                  {shown.map((line, j) =>
                    line === null ? (
                      <div key={j} className="my-0.5 font-sans text-xs text-slate-500 dark:text-slate-400 italic">
                        ⋯ {hidden} unchanged lines
                      </div>
                    ) : (
                      <div key={j}>{line || " "}</div>
                    ),
                  )}
                </div>
              );
            }
            case "prose":
              return (
                <div
                  key={i}
                  className="border-y border-amber-200/70 bg-amber-50/40 px-3 py-1 font-sans whitespace-pre-wrap dark:border-amber-900/40 dark:bg-amber-950/20"
                  data-testid="diff-prose"
                >
                  {block.parts.map((part, j) => (
                    <span key={j} className={part.mark === "same" ? "" : `rounded-sm ${MARK[part.mark]}`} data-mark={part.mark}>
                      {part.text}
                    </span>
                  ))}
                </div>
              );
            case "code":
              return (
                <div key={i} className="border-y border-sky-200/70 dark:border-sky-900/40" data-testid="diff-code">
                  {block.lines.map((line, j) => (
                    <div key={j} className={`px-3 whitespace-pre-wrap ${MARK[line.mark]}`} data-mark={line.mark}>
                      <span aria-hidden className="mr-2 select-none opacity-60">
                        {line.mark === "added" ? "+" : "−"}
                      </span>
                      {line.text || " "}
                    </div>
                  ))}
                </div>
              );
          }
        })}
      </div>
    </div>
  );
}
