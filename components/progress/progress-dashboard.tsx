import Link from "next/link";
import type { ReactNode } from "react";
import type { TProgress } from "@/lib/contracts/progress";
import { ProgressBar } from "@/components/progress-bar";
import { ActivityHeatmap } from "./activity-heatmap";
import { SimpleBarChart } from "./bar-chart";
import { DataTable } from "./data-table";
import { formatDay, formatMinutes, formatShortDay } from "./format";
import { MasteryList } from "./mastery-list";
import { RetentionChart } from "./retention-chart";

const TAGS_SHOWN = 8;

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="rounded-xl border border-slate-200 p-5 dark:border-slate-800" aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Stat({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId: string }) {
  return (
    <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid={testId}>
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{label}</p>
      <p className="mt-1 text-2xl font-bold tabular-nums">{value}</p>
      {note ? <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">{note}</div> : null}
    </div>
  );
}

export function ProgressDashboard({ progress, firstDay }: { progress: TProgress; firstDay: string }) {
  const { today, streaks, settings, counts } = progress;
  const goalPercent = Math.min(100, Math.round((today.reviews / settings.dailyGoal) * 100));
  const graded = progress.retention.reduce((n, w) => n + w.graded, 0);
  const passed = progress.retention.reduce((n, w) => n + w.passed, 0);
  const activeDays = progress.activity.length;
  const totalAnswers = progress.activity.reduce((n, d) => n + d.reviews, 0);
  const forecastTotal = progress.forecast.reduce((n, d) => n + d.due, 0);
  const weakBelow = settings.desiredRetention;
  const startedTags = progress.mastery.tags.filter((t) => t.studied > 0);
  const unstartedTags = progress.mastery.tags.length - startedTags.length;
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Streak" value={`${streaks.current} day${streaks.current === 1 ? "" : "s"}`} note={`Longest: ${streaks.longest}`} testId="stat-streak" />
        <Stat
          label="Today"
          value={`${today.reviews} / ${settings.dailyGoal}`}
          note={
            <>
              <div className="mt-1 mb-1">
                <ProgressBar percent={goalPercent} label="Daily goal" tone="emerald" size="sm" />
              </div>
              {goalPercent >= 100 ? "Goal reached" : `${settings.dailyGoal - today.reviews} to your daily goal`}
            </>
          }
          testId="stat-today"
        />
        <Stat
          label="Due today"
          value={progress.forecast[0]?.due ?? 0}
          note={
            <Link href="/review" className="underline">
              Start the review
            </Link>
          }
          testId="stat-due"
        />
        <Stat
          label="Time today"
          value={formatMinutes(today.durationMs)}
          note={`Day starts ${String(settings.dayStartHour).padStart(2, "0")}:00 · ${settings.timeZone}`}
          testId="stat-time"
        />
      </div>

      <Section title="Activity" id="activity-heading">
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" data-testid="activity-summary">
          {totalAnswers} answers on {activeDays} of the last 365 days. A darker square is a day closer to your goal of {settings.dailyGoal}.
        </p>
        <ActivityHeatmap days={progress.activity} today={today.day} firstDay={firstDay} goal={settings.dailyGoal} />
        <DataTable
          summary="Show active days as a table"
          caption="Answers per day over the last year"
          columns={["Day", "Answers", "Time"]}
          rows={[...progress.activity].reverse().map((d) => [formatDay(d.day), d.reviews, formatMinutes(d.durationMs)])}
        />
      </Section>

      <Section title="Retention" id="retention-heading">
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          Share of reviews you recalled, per week, for items already past their learning steps.{" "}
          {graded > 0 ? `Over the last 26 weeks: ${Math.round((passed / graded) * 100)}% of ${graded}` : "No reviews of that kind yet"}; your target is{" "}
          {Math.round(settings.desiredRetention * 100)}%.
        </p>
        <RetentionChart weeks={progress.retention} target={settings.desiredRetention} />
        <DataTable
          summary="Show retention as a table"
          caption="Weekly retention"
          columns={["Week of", "Reviews", "Recalled", "Share"]}
          rows={progress.retention.filter((w) => w.graded > 0).map((w) => [formatShortDay(w.week), w.graded, w.passed, `${Math.round((w.passed / w.graded) * 100)}%`])}
        />
      </Section>

      <Section title="Coming up" id="forecast-heading">
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
          {forecastTotal} reviews fall due in the next 30 days if you keep up; today&apos;s bar includes anything overdue.
        </p>
        <SimpleBarChart data={progress.forecast.map((d) => ({ label: formatShortDay(d.day), value: d.due }))} unit="due" testId="forecast-chart" />
        <DataTable summary="Show the forecast as a table" caption="Reviews due per day" columns={["Day", "Due"]} rows={progress.forecast.map((d) => [formatDay(d.day), d.due])} />
      </Section>

      <Section title="Mastery" id="mastery-heading">
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          How much of each bank&apos;s and tag&apos;s studied quiz items you would recall today, by FSRS&apos; estimate of each item. A bar below your desired retention (
          {Math.round(weakBelow * 100)}%) has fallen behind schedule. Weakest first; practise a weak tag to start a quiz on it.
        </p>
        <h3 className="mb-2 text-sm font-semibold">Banks</h3>
        <MasteryList rows={progress.mastery.banks} weakBelow={weakBelow} testId="mastery-banks" />
        <h3 className="mt-5 mb-2 text-sm font-semibold">Tags you have started, weakest first</h3>
        {startedTags.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">Answer a few items and your weakest tags show up here.</p>
        ) : (
          <MasteryList rows={startedTags.slice(0, TAGS_SHOWN)} weakBelow={weakBelow} testId="mastery-tags" />
        )}
        {startedTags.length > TAGS_SHOWN ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-slate-600 dark:text-slate-400">{startedTags.length - TAGS_SHOWN} more tags</summary>
            <div className="mt-2">
              <MasteryList rows={startedTags.slice(TAGS_SHOWN)} weakBelow={weakBelow} testId="mastery-more-tags" />
            </div>
          </details>
        ) : null}
        {unstartedTags > 0 ? (
          <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">
            {unstartedTags} tag{unstartedTags === 1 ? "" : "s"} not started yet.
          </p>
        ) : null}
      </Section>

      <Section title="Time spent" id="time-heading">
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-1 text-sm font-semibold">Last 30 days (minutes)</h3>
            <SimpleBarChart
              data={progress.time.days.map((d) => ({ label: formatShortDay(d.day), value: Math.round(d.durationMs / 6_000) / 10 }))}
              unit="min"
              testId="time-days-chart"
              tone="secondary"
            />
          </div>
          <div>
            <h3 className="mb-1 text-sm font-semibold">Last 12 weeks (minutes)</h3>
            <SimpleBarChart
              data={progress.time.weeks.map((d) => ({ label: formatShortDay(d.day), value: Math.round(d.durationMs / 6_000) / 10 }))}
              unit="min"
              testId="time-weeks-chart"
              tone="secondary"
            />
          </div>
        </div>
        <DataTable
          summary="Show time spent as a table"
          caption="Time spent per week"
          columns={["Week of", "Answers", "Time"]}
          rows={progress.time.weeks.map((w) => [formatShortDay(w.day), w.reviews, formatMinutes(w.durationMs)])}
        />
      </Section>

      <Section title="Items" id="counts-heading">
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="card-counts">
          {(
            [
              ["New", counts.new, "not studied yet"],
              ["Learning", counts.learning, "in their first steps"],
              ["Review", counts.review, "on a schedule in days"],
              ["Lapsed", counts.lapsed, "forgotten, relearning"],
            ] as const
          ).map(([label, value, note]) => (
            <div key={label} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
              <dt className="text-xs text-slate-500 dark:text-slate-400">
                {label} <span className="sr-only">items, </span>
                <span className="block">{note}</span>
              </dt>
              <dd className="text-xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}
