"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TStudySettings } from "@/lib/srs/settings";
import { RETENTION_RANGE } from "@/lib/srs/settings";
import { callApi } from "@/lib/client/request-json";

type TProps = { initial: TStudySettings; timeZones: string[]; timeZoneChosen: boolean };

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";
const hours = Array.from({ length: 24 }, (_, h) => h);

export function StudySettingsForm({ initial, timeZones, timeZoneChosen }: TProps) {
  const router = useRouter();
  const [retention, setRetention] = useState(initial.desiredRetention);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      desiredRetention: Number(form.get("desiredRetention")),
      newPerDay: Number(form.get("newPerDay")),
      dailyGoal: Number(form.get("dailyGoal")),
      timeZone: String(form.get("timeZone")),
      dayStartHour: Number(form.get("dayStartHour")),
    };
    setPending(true);
    const result = await callApi("updateStudySettings", { body });
    setPending(false);
    setMessage(result.ok ? { ok: true, text: "Saved." } : { ok: false, text: result.error.message });
    if (result.ok) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 grid gap-5 sm:grid-cols-2" data-testid="study-settings">
      <label className="text-sm font-medium sm:col-span-2">
        Desired retention: <span data-testid="retention-value">{Math.round(retention * 100)}%</span>
        <input
          name="desiredRetention"
          type="range"
          min={RETENTION_RANGE.min}
          max={RETENTION_RANGE.max}
          step={0.01}
          value={retention}
          onChange={(e) => setRetention(Number(e.target.value))}
          className="mt-2 block w-full accent-sky-600"
        />
        <span className="mt-1 block text-xs font-normal text-slate-500 dark:text-slate-400">
          The share of items you want to still recall when they come back. Higher means more reviews a day; 90% is a good balance.
        </span>
      </label>
      <label className="text-sm font-medium">
        New items a day
        <input name="newPerDay" type="number" min={0} max={200} defaultValue={initial.newPerDay} className={field} />
      </label>
      <label className="text-sm font-medium">
        Daily goal (reviews)
        <input name="dailyGoal" type="number" min={1} max={1000} defaultValue={initial.dailyGoal} className={field} />
      </label>
      <label className="text-sm font-medium">
        Time zone
        <select name="timeZone" defaultValue={initial.timeZone} className={field}>
          {timeZones.includes(initial.timeZone) ? null : <option value={initial.timeZone}>{initial.timeZone}</option>}
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {!timeZoneChosen ? <span className="mt-1 block text-xs font-normal text-slate-500 dark:text-slate-400">Taken from your browser until you save.</span> : null}
      </label>
      <label className="text-sm font-medium">
        A new day starts at
        <select name="dayStartHour" defaultValue={initial.dayStartHour} className={field}>
          {hours.map((h) => (
            <option key={h} value={h}>
              {String(h).padStart(2, "0")}:00
            </option>
          ))}
        </select>
        <span className="mt-1 block text-xs font-normal text-slate-500 dark:text-slate-400">Reviews after midnight but before this hour count for the day before.</span>
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900">
          Save settings
        </button>
        {message ? (
          <p role="status" className={`text-sm ${message.ok ? "text-emerald-700 dark:text-emerald-400" : "text-rose-600 dark:text-rose-400"}`} data-testid="settings-message">
            {message.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
