"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TRetentionWeek } from "@/lib/contracts/progress";
import { chartColors, useDarkMode } from "./use-dark-mode";

export function RetentionChart({ weeks, target }: { weeks: TRetentionWeek[]; target: number }) {
  const colors = chartColors(useDarkMode());
  // Leading weeks before the first review would only flatten the line; keep at least eight weeks.
  const first = weeks.findIndex((w) => w.graded > 0);
  const shown = first < 0 ? weeks.slice(-8) : weeks.slice(Math.min(first, Math.max(0, weeks.length - 8)));
  const data = shown.map((w) => ({ week: w.week.slice(5), share: w.graded > 0 ? Math.round((w.passed / w.graded) * 1000) / 10 : null, graded: w.graded }));
  return (
    <div className="h-56 w-full" data-testid="retention-chart" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis dataKey="week" stroke={colors.axis} fontSize={11} tickLine={false} interval="preserveStartEnd" />
          <YAxis domain={[0, 100]} stroke={colors.axis} fontSize={11} tickLine={false} unit="%" />
          <Tooltip
            contentStyle={{ background: colors.tooltipBg, borderColor: colors.tooltipBorder, fontSize: 12 }}
            formatter={(value, _name, item) => [`${value}% of ${(item.payload as { graded: number }).graded}`, "Recalled"]}
            labelFormatter={(label) => `Week of ${label}`}
          />
          <ReferenceLine
            y={target * 100}
            stroke={colors.target}
            strokeDasharray="5 4"
            label={{ value: `target ${Math.round(target * 100)}%`, fill: colors.target, fontSize: 11, position: "insideBottomRight" }}
          />
          <Line type="monotone" dataKey="share" stroke={colors.primary} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
