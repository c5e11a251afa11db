import type { TDraftPreview, TPreviewItem } from "@/lib/contracts/authoring";
import { InlineMarkdown } from "@/components/inline-markdown";

const KIND_LABEL: Record<TPreviewItem["kind"], string> = {
  recall: "Recall",
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  true_false: "True / false",
  matching: "Matching",
  ordering: "Ordering",
  short_text: "Short answer",
};

function isRight(item: TPreviewItem, index: number): boolean {
  return (item.answer as unknown[]).some((a) => a === index);
}

function sourceOf(item: TPreviewItem): string {
  if (item.program) return `sandbox block ${item.program.block}`;
  if (item.source.table < 0) return item.generator === "authored" ? "quiz block" : "the question";
  const row = item.source.row === null ? "" : `, row ${item.source.row + 1}`;
  return `table ${item.source.table + 1}${row}`;
}

const GENERATOR_LABEL: Record<TPreviewItem["generator"], string> = {
  authored: "Recall card and quiz blocks",
  "predict-output": "Predict the output",
  "predict-time": "Predict the time",
  "which-subject": "Which subject (from tables)",
  "true-false": "True or false (from tables)",
  matching: "Matching (from tables)",
  "odd-one-out": "Odd one out (from tables)",
  "fill-the-cell": "Fill the cell (from tables)",
};

function groupItems(items: TPreviewItem[]): { generator: TPreviewItem["generator"]; items: TPreviewItem[] }[] {
  const groups = new Map<TPreviewItem["generator"], TPreviewItem[]>();
  for (const item of items) groups.set(item.generator, [...(groups.get(item.generator) ?? []), item]);
  return [...groups].map(([generator, list]) => ({ generator, items: list }));
}

function DraftItem({ item }: { item: TPreviewItem }) {
  return (
    <li
      className={`rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800 ${item.retired ? "opacity-60" : ""}`}
      data-testid="draft-item"
      data-new={item.isNew ? "true" : "false"}
    >
      <p className="flex flex-wrap items-center gap-1.5 text-[0.7rem] text-slate-500 dark:text-slate-400">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">{KIND_LABEL[item.kind]}</span>
        <span>{sourceOf(item)}</span>
        {item.isNew ? <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-semibold text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200">new</span> : null}
        {item.retired ? (
          <span className="rounded bg-slate-200 px-1.5 py-0.5 font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-200" title={item.retired}>
            retired: not offered
          </span>
        ) : null}
      </p>
      <p className="mt-1 font-medium" data-testid="draft-item-prompt">
        <InlineMarkdown text={item.prompt} />
      </p>
      <ItemAnswer item={item} />
    </li>
  );
}

function ItemAnswer({ item }: { item: TPreviewItem }) {
  if (item.items) {
    return (
      <ul className="mt-1 list-disc pl-5 text-xs text-slate-600 dark:text-slate-300">
        {item.items.map((fact, i) => (
          <li key={i}>
            <InlineMarkdown text={fact} /> → <strong>{item.options[(item.answer as [number, number][]).find(([f]) => f === i)?.[1] ?? -1]}</strong>
          </li>
        ))}
      </ul>
    );
  }
  if (item.kind === "ordering") {
    return (
      <ol className="mt-1 list-decimal pl-5 text-xs text-slate-600 dark:text-slate-300">
        {(item.answer as number[]).map((index) => (
          <li key={index}>
            <InlineMarkdown text={item.options[index] ?? ""} />
          </li>
        ))}
      </ol>
    );
  }
  if (item.kind === "short_text") return <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">Accepted: {(item.answer as string[]).join(" · ")}</p>;
  if (item.kind === "recall") return <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">The learner recalls the answer and rates themselves.</p>;
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5 text-xs">
      {item.options.map((option, i) => (
        <li
          key={i}
          className={
            isRight(item, i)
              ? "rounded bg-emerald-100 px-1.5 py-0.5 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100"
              : "rounded bg-slate-100 px-1.5 py-0.5 text-slate-600 dark:bg-slate-800 dark:text-slate-300"
          }
        >
          {isRight(item, i) ? "✓ " : ""}
          <InlineMarkdown text={option} />
        </li>
      ))}
    </ul>
  );
}

/** The quiz items this draft would give learners, as they would be asked, with the right answers
 * marked; items new since the published version are flagged, and items the draft would drop are
 * listed (their review cards pause until an equal item comes back). */
export function DraftItems({ preview }: { preview: TDraftPreview }) {
  const fresh = preview.items.filter((item) => item.isNew).length;
  return (
    <section aria-labelledby="draft-items-title" data-testid="draft-items">
      <h2 id="draft-items-title" className="text-sm font-semibold">
        Quiz items this draft makes: <span data-testid="draft-item-count">{preview.items.length}</span>
        {fresh > 0 ? <span className="ml-2 font-normal text-emerald-700 dark:text-emerald-400">{fresh} new</span> : null}
        {preview.removedItems.length > 0 ? <span className="ml-2 font-normal text-rose-700 dark:text-rose-400">{preview.removedItems.length} dropped</span> : null}
      </h2>
      {preview.notes.length > 0 ? (
        <ul
          className="mt-2 space-y-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          data-testid="item-notes"
        >
          {preview.notes.map((note, i) => (
            <li key={i}>
              <span className="font-mono">line {note.line}</span> · {note.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2 space-y-1.5">
        {groupItems(preview.items).map((group) => {
          const fresh = group.items.filter((item) => item.isNew).length;
          return (
            // Groups with new items open by themselves: that is what the author just changed.
            <details
              key={group.generator}
              open={fresh > 0 || group.items.length <= 2}
              className="rounded-md border border-slate-200 dark:border-slate-800"
              data-testid={`item-group-${group.generator}`}
            >
              <summary className="cursor-pointer px-2 py-1.5 text-sm">
                <span className="font-medium">{GENERATOR_LABEL[group.generator]}</span>
                <span className="text-slate-500 dark:text-slate-400"> · {group.items.length}</span>
                {fresh > 0 ? <span className="ml-1 text-emerald-700 dark:text-emerald-400">({fresh} new)</span> : null}
              </summary>
              <ol className="space-y-2 border-t border-slate-200 p-2 dark:border-slate-800">
                {group.items.map((item) => (
                  <DraftItem key={item.id} item={item} />
                ))}
              </ol>
            </details>
          );
        })}
      </div>
      {preview.removedItems.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-rose-700 dark:text-rose-400">Items learners have now that this draft drops ({preview.removedItems.length})</summary>
          <ul className="mt-1 list-disc pl-5 text-xs text-slate-600 dark:text-slate-400" data-testid="removed-items">
            {preview.removedItems.map((item) => (
              <li key={item.id}>
                <InlineMarkdown text={item.prompt} />
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Learners&apos; review cards for these pause once the draft is published; their past answers stay.</p>
        </details>
      ) : null}
    </section>
  );
}
