"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartColors, useDarkMode } from "./use-dark-mode";

type TProps = { data: { label: string; value: number }[]; unit: string; testId: string; tone?: "primary" | "secondary" };

// One bar per day or week: the review forecast, time spent.
export function SimpleBarChart({ data, unit, testId, tone = "primary" }: TProps) {
  const colors = chartColors(useDarkMode());
  return (
    <div className="h-48 w-full" data-testid={testId} aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis dataKey="label" stroke={colors.axis} fontSize={11} tickLine={false} interval="preserveStartEnd" />
          <YAxis stroke={colors.axis} fontSize={11} tickLine={false} allowDecimals={unit !== "due"} />
          <Tooltip
            contentStyle={{ background: colors.tooltipBg, borderColor: colors.tooltipBorder, fontSize: 12 }}
            formatter={(value) => [`${value} ${unit}`, ""]}
            separator=""
            cursor={{ fill: colors.grid }}
          />
          <Bar dataKey="value" fill={tone === "primary" ? colors.primary : colors.secondary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
