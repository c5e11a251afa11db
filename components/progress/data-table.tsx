import type { ReactNode } from "react";

type TProps = { caption: string; columns: string[]; rows: ReactNode[][]; summary: string };

// The text equivalent of a chart: always in the page (screen readers read it), folded away for
// sighted readers who prefer the picture.
export function DataTable({ caption, columns, rows, summary }: TProps) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{summary}</summary>
      <div className="mt-2 max-h-72 overflow-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-100 dark:bg-slate-900">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-1.5 font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                {row.map((cell, j) => (
                  <td key={j} className="px-3 py-1 tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
