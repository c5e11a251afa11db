const STYLES = {
  easy: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
  medium: "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200",
  hard: "bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200",
} as const;

export function DifficultyBadge({ difficulty }: { difficulty: keyof typeof STYLES }) {
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium capitalize ${STYLES[difficulty]}`}>{difficulty}</span>;
}
