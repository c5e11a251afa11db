/** A labelled progress bar: quiz and review progress, the daily goal. */
export function ProgressBar({ percent, label, tone = "sky", size = "md" }: { percent: number; label: string; tone?: "sky" | "emerald"; size?: "sm" | "md" }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className={`${size === "sm" ? "h-1.5" : "h-2"} overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800`}
      role="progressbar"
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <div className={`h-full transition-all ${tone === "sky" ? "bg-sky-500" : "bg-emerald-500"}`} style={{ width: `${value}%` }} />
    </div>
  );
}
