"use client";

import { cloneElement, useEffect, useRef } from "react";
import { ActivityCalendar, type Activity } from "react-activity-calendar";
import type { TProgressDay } from "@/lib/contracts/progress";
import { useDarkMode } from "./use-dark-mode";

const THEME = { light: ["#f1f5f9", "#0369a1"], dark: ["#1e293b", "#38bdf8"] };

/** Five levels relative to the goal: a day at or over the goal is the darkest square. */
function levelOf(reviews: number, goal: number): number {
  if (reviews === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((reviews / Math.max(goal, 1)) * 4)));
}

export function ActivityHeatmap({ days, today, firstDay, goal }: { days: TProgressDay[]; today: string; firstDay: string; goal: number }) {
  const dark = useDarkMode();
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the year scrolls sideways; start at the recent end.
  useEffect(() => {
    // The calendar scrolls inside its own container.
    const element = scroller.current?.querySelector<HTMLElement>("[class*=scroll-container]");
    if (element) element.scrollLeft = element.scrollWidth;
  }, [days.length]);
  // The calendar spans the whole year: empty first and last entries pin its ends.
  const data: Activity[] = [
    ...(days[0]?.day === firstDay ? [] : [{ date: firstDay, count: 0, level: 0 }]),
    ...days.map((d) => ({ date: d.day, count: d.reviews, level: levelOf(d.reviews, goal) })),
    ...(days.at(-1)?.day === today ? [] : [{ date: today, count: 0, level: 0 }]),
  ];
  return (
    <div ref={scroller} data-testid="activity-heatmap" aria-hidden>
      <ActivityCalendar
        data={data}
        theme={THEME}
        colorScheme={dark ? "dark" : "light"}
        blockSize={11}
        blockMargin={3}
        fontSize={12}
        weekStart={1}
        labels={{ totalCount: "{{count}} answers in the last year" }}
        renderBlock={(block, activity) =>
          cloneElement(
            block,
            { "data-date": activity.date, "data-count": activity.count } as object,
            <title>{`${activity.date}: ${activity.count} answer${activity.count === 1 ? "" : "s"}`}</title>,
          )
        }
      />
    </div>
  );
}
