import type { TItemAnalysis } from "@/lib/contracts/item-analysis";
import { InlineMarkdown } from "@/components/inline-markdown";
import { formatShare, itemAnchor } from "./format-stats";
import { RetireItemForm } from "./retire-item-form";
import { FlagList, StatGrid } from "./stat-grid";

const STATUS = {
  live: { label: "offered", style: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200" },
  retired: { label: "retired", style: "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200" },
  gone: { label: "no longer in the question", style: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300" },
} as const;

/** One item: its figures, who picked which option, its flags, and the switch to retire it. */
export function ItemCard({ item, questionId }: { item: TItemAnalysis; questionId: string }) {
  const status = STATUS[item.status];
  return (
    <li
      id={itemAnchor(item.key)}
      className="scroll-mt-20 space-y-3 rounded-lg border border-slate-200 p-4 target:ring-2 target:ring-sky-500 dark:border-slate-800"
      data-testid="item-card"
      data-key={item.key}
      data-status={item.status}
    >
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium dark:bg-slate-800">{item.kind.replace("_", " ")}</span>
        <span className="text-slate-500 dark:text-slate-400">{item.generator}</span>
        <span className={`rounded px-1.5 py-0.5 font-medium ${status.style}`}>{status.label}</span>
        <code className="ml-auto truncate text-[0.7rem] text-slate-500 dark:text-slate-400">{item.key}</code>
      </div>
      <p className="font-medium">
        <InlineMarkdown text={item.prompt} />
      </p>
      <StatGrid stats={item} />
      {item.options ? (
        <table className="w-full text-sm" data-testid="option-shares">
          <caption className="mb-1 text-left text-xs text-slate-500 dark:text-slate-400">Learners who picked each option</caption>
          <tbody>
            {item.options.map((option, i) => (
              <tr key={i} className="align-top">
                <td className="w-full py-0.5 pr-2">
                  <span className={option.right ? "font-semibold text-emerald-800 dark:text-emerald-300" : ""}>
                    <InlineMarkdown text={option.label} />
                  </span>
                  {option.right ? <span className="ml-1 text-xs text-emerald-700 dark:text-emerald-400">(right)</span> : null}
                  <div className="mt-0.5 h-1.5 rounded bg-slate-100 dark:bg-slate-800">
                    <div className={`h-1.5 rounded ${option.right ? "bg-emerald-500" : "bg-slate-400"}`} style={{ width: `${Math.round((option.share ?? 0) * 100)}%` }} />
                  </div>
                </td>
                <td className="py-0.5 text-right font-mono whitespace-nowrap" data-testid="option-share">
                  {formatShare(option.share)} <span className="text-xs text-slate-500 dark:text-slate-400">({option.learners})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <FlagList stats={item} />
      {item.retirement ? (
        <div className="text-sm text-slate-600 dark:text-slate-300" data-testid="retirement">
          <p>
            Retired{item.retirement.by ? ` by ${item.retirement.by}` : ""} on <time dateTime={item.retirement.at}>{item.retirement.at.slice(0, 10)}</time>. Learners are not offered
            it; their attempts stay.
          </p>
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic dark:border-slate-600">{item.retirement.reason}</blockquote>
        </div>
      ) : null}
      {item.status === "gone" ? null : <RetireItemForm questionId={questionId} itemKey={item.key} retired={item.status === "retired"} />}
    </li>
  );
}
