"use client";

import { useId } from "react";
import type { TRunSettings } from "@/lib/sandbox-ui/worker-protocol";

type TProps = { settings: TRunSettings; onChange: (settings: TRunSettings) => void };

const FIELDS: { key: keyof TRunSettings; label: string; min: number; max: number; step: number; hint: string }[] = [
  { key: "switchIntervalMs", label: "Switch interval (ms)", min: 0.1, max: 1000, step: 0.1, hint: "sys.setswitchinterval: how long a thread may hold the GIL while another waits" },
  { key: "cores", label: "Cores", min: 1, max: 16, step: 1, hint: "virtual CPU cores for processes" },
  { key: "seed", label: "Seed", min: 0, max: 2 ** 31 - 1, step: 1, hint: "seed of the random module" },
];

/** The scheduler knobs a learner can turn: the same options as the sandbox CLI. */
export function RunSettings({ settings, onChange }: TProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600 dark:text-slate-400">
      {FIELDS.map((field) => (
        <label key={field.key} htmlFor={`${id}-${field.key}`} className="flex items-center gap-1.5" title={field.hint}>
          {field.label}
          <input
            id={`${id}-${field.key}`}
            type="number"
            inputMode="decimal"
            min={field.min}
            max={field.max}
            step={field.step}
            value={settings[field.key]}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (!Number.isFinite(value) || event.target.value === "") return;
              const clamped = Math.min(field.max, Math.max(field.min, field.key === "switchIntervalMs" ? value : Math.round(value)));
              onChange({ ...settings, [field.key]: clamped });
            }}
            className="w-20 rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          />
        </label>
      ))}
    </div>
  );
}
