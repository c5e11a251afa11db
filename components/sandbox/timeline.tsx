"use client";

import { useEffect, useEffectEvent, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import type { TTrace } from "@/lib/sandbox";
import { formatDuration, formatSeconds, layoutTimeline, panWindow, zoomWindow, type TLaneState, type TTimeWindow, type TTimelineRect } from "@/lib/sandbox-ui/layout-timeline";
import { describeMoment, playbackTime } from "@/lib/sandbox-ui/playback";

export const STATE_LABELS: Record<TLaneState, string> = {
  running: "running",
  ready: "ready: waiting for the GIL or its turn on the loop",
  blocked: "blocked: sleeping or waiting (I/O, lock, join, future)",
  done: "done",
};

type TProps = { groups: { title?: string; trace: TTrace }[] };
type THover = { lane: string; rect: TTimelineRect };

const LANE_HEIGHT = 22;

export function Timeline({ groups }: TProps) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(640);
  const [view, setView] = useState<TTimeWindow | null>(null);
  const [hover, setHover] = useState<THover | null>(null);
  const drag = useRef<{ x: number; view: TTimeWindow } | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new run starts zoomed out, with playback stopped (reset while rendering the new run, so it
  // never shows at the old zoom).
  const [shownGroups, setShownGroups] = useState(groups);
  if (shownGroups !== groups) {
    setShownGroups(groups);
    setView(null);
    setCursor(null);
  }

  const labelWidth = width < 520 ? 96 : 150;
  const layout = useMemo(() => layoutTimeline(groups, { width, view: view ?? undefined, labelWidth, laneHeight: LANE_HEIGHT }), [groups, width, view, labelWidth]);
  const { plotX, plotWidth, domainEnd } = layout;
  const current = layout.view;
  const zoomed = current.end - current.start < domainEnd * 0.999;
  const timeAt = (clientX: number) => {
    const left = svg.current?.getBoundingClientRect().left ?? 0;
    const fraction = Math.min(1, Math.max(0, (clientX - left - plotX) / plotWidth));
    return current.start + fraction * (current.end - current.start);
  };
  const zoom = (factor: number, at = (current.start + current.end) / 2) => setView(zoomWindow(current, factor, at, domainEnd));
  const pan = (fraction: number) => setView(panWindow(current, fraction * (current.end - current.start), domainEnd));

  // Ctrl/⌘ + wheel zooms and a sideways wheel pans; a plain wheel still scrolls the page.
  // React's wheel listener is passive, so preventDefault needs a native one.
  const onWheel = useEffectEvent((event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      setView(zoomWindow(current, Math.exp(event.deltaY * 0.002), timeAt(event.clientX), domainEnd));
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      const delta = (event.shiftKey ? event.deltaY : event.deltaX) / 600;
      setView(panWindow(current, delta * (current.end - current.start), domainEnd));
    }
  });
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, []);

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, view: current };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const span = start.view.end - start.view.start;
    setView(panWindow(start.view, (-(event.clientX - start.x) / plotWidth) * span, domainEnd));
  };
  const endDrag = () => {
    drag.current = null;
  };

  usePlayback(cursor !== null, domainEnd, setCursor);
  const cursorX = cursor !== null && cursor >= current.start && cursor <= current.end ? plotX + ((cursor - current.start) / (current.end - current.start || 1)) * plotWidth : null;

  const laneCount = layout.lanes.length;
  const summary = `Timeline of ${laneCount} lane${laneCount === 1 ? "" : "s"} over ${formatDuration(domainEnd)} of virtual time`;

  return (
    <div className="sandbox-timeline" data-testid="sandbox-timeline" data-lanes={laneCount}>
      <div className="mb-1 flex flex-wrap items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="mr-auto font-medium">
          Timeline · virtual time {formatSeconds(current.start, current.end - current.start, current.end)} – {formatSeconds(current.end, current.end - current.start, current.end)}
        </span>
        <button
          type="button"
          className="sandbox-chip"
          onClick={() => setCursor(cursor === null ? 0 : null)}
          aria-pressed={cursor !== null}
          data-testid="timeline-play"
          title="Replay the run along virtual time"
        >
          {cursor === null ? "▶ Play" : "■ Stop playback"}
        </button>
        <button type="button" className="sandbox-chip" onClick={() => zoom(0.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="sandbox-chip" onClick={() => zoom(2)} aria-label="Zoom out" disabled={!zoomed}>
          −
        </button>
        <button type="button" className="sandbox-chip" onClick={() => pan(-0.5)} aria-label="Pan left" disabled={!zoomed}>
          ←
        </button>
        <button type="button" className="sandbox-chip" onClick={() => pan(0.5)} aria-label="Pan right" disabled={!zoomed}>
          →
        </button>
        <button type="button" className="sandbox-chip" onClick={() => setView(null)} disabled={!zoomed}>
          Fit
        </button>
      </div>
      <div ref={box} className="w-full">
        <svg
          ref={svg}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={summary}
          tabIndex={0}
          className={`block touch-none select-none focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-500 ${zoomed ? "cursor-grab active:cursor-grabbing" : ""}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onPointerLeave={() => setHover(null)}
          onDoubleClick={(event) => zoom(0.5, timeAt(event.clientX))}
          onKeyDown={(event) => {
            const actions: Record<string, () => void> = {
              "+": () => zoom(0.5),
              "=": () => zoom(0.5),
              "-": () => zoom(2),
              ArrowLeft: () => pan(-0.25),
              ArrowRight: () => pan(0.25),
              "0": () => setView(null),
            };
            const action = actions[event.key];
            if (action) {
              event.preventDefault();
              action();
            }
          }}
        >
          <title>{summary}</title>
          {layout.ticks.map((tick) => (
            <line key={`grid-${tick.t}`} x1={tick.x} x2={tick.x} y1={0} y2={layout.axisY} className="tl-grid" />
          ))}
          {layout.groups.map((group) => (
            <text key={`group-${group.index}`} x={4} y={group.y + 14} className="tl-group-title">
              {group.title}
            </text>
          ))}
          {layout.lanes.map((lane) => (
            <g key={lane.key} transform={`translate(0 ${lane.y})`} data-lane={lane.label}>
              <text x={4} y={LANE_HEIGHT / 2 + 4} className="tl-label">
                {truncate(lane.label, labelWidth < 120 ? 12 : 21)}
                <title>{lane.label}</title>
              </text>
              <line x1={plotX} x2={plotX + plotWidth} y1={LANE_HEIGHT / 2} y2={LANE_HEIGHT / 2} className="tl-baseline" />
              {/* running last, so a burst of running is never hidden under a neighbour */}
              {[...lane.rects.filter((r) => r.state !== "running"), ...lane.rects.filter((r) => r.state === "running")].map((rect, i) => {
                const thin = rect.state === "done";
                return (
                  <rect
                    key={i}
                    x={rect.x}
                    width={rect.width}
                    y={thin ? LANE_HEIGHT / 2 - 2 : 3}
                    height={thin ? 4 : LANE_HEIGHT - 6}
                    rx={thin ? 2 : 2}
                    className={`tl-${rect.state}`}
                    onPointerEnter={() => setHover({ lane: lane.label, rect })}
                  >
                    <title>{describe(lane.label, rect)}</title>
                  </rect>
                );
              })}
            </g>
          ))}
          {cursorX !== null ? (
            <g data-testid="timeline-cursor" pointerEvents="none">
              <rect x={cursorX} y={0} width={Math.max(0, plotX + plotWidth - cursorX)} height={layout.axisY} className="tl-future" />
              <line x1={cursorX} x2={cursorX} y1={0} y2={layout.axisY} className="tl-cursor" />
            </g>
          ) : null}
          <line x1={plotX} x2={plotX + plotWidth} y1={layout.axisY} y2={layout.axisY} className="tl-axis" />
          {layout.ticks.map((tick) => (
            <g key={`tick-${tick.t}`} transform={`translate(${tick.x} ${layout.axisY})`}>
              <line y1={0} y2={4} className="tl-axis" />
              <text y={16} textAnchor={tick.x > plotX + plotWidth - 20 ? "end" : tick.x < plotX + 20 ? "start" : "middle"} className="tl-tick">
                {tick.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <p className="mt-1 min-h-5 font-mono text-xs text-slate-600 dark:text-slate-400" data-testid="timeline-hover" aria-live="polite">
        {cursor !== null
          ? describePlayback(groups, cursor)
          : hover
            ? describe(hover.lane, hover.rect)
            : "Hover a bar for details · drag to pan · Ctrl/⌘ + wheel or double-click to zoom · ▶ Play replays the run"}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-label="Legend">
        {(Object.keys(STATE_LABELS) as TLaneState[]).map((state) => (
          <li key={state} className="flex items-center gap-1.5">
            <svg width="18" height="10" aria-hidden>
              <rect x={0} y={state === "done" ? 3 : 0} width={18} height={state === "done" ? 4 : 10} rx={2} className={`tl-${state}`} />
            </svg>
            {STATE_LABELS[state]}
          </li>
        ))}
      </ul>
    </div>
  );
}

// Advances the cursor along virtual time with animation frames, and clears it at the end.
function usePlayback(playing: boolean, domainEnd: number, setCursor: (t: number | null) => void): void {
  useEffect(() => {
    if (!playing) return;
    const startedAt = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = playbackTime(now - startedAt, domainEnd);
      setCursor(t);
      if (t !== null) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, domainEnd, setCursor]);
}

function describePlayback(groups: TProps["groups"], t: number): string {
  const lanes = groups.flatMap(({ title, trace }) => describeMoment(trace, t).map((m) => `${title ? `${title}/` : ""}${m.label} ${m.state}${m.detail ? ` (${m.detail})` : ""}`));
  return `t = ${formatDuration(t)} · ${lanes.join(" · ")}`;
}

function describe(lane: string, rect: TTimelineRect): string {
  const span = `${formatDuration(rect.start)} → ${formatDuration(rect.end)} (${formatDuration(rect.end - rect.start)})`;
  const what = rect.merged > 1 ? `${rect.merged} short intervals, drawn as ${rect.state}; zoom in to see them` : `${rect.state}${rect.detail ? ` · ${rect.detail}` : ""}`;
  return `${lane}: ${what} · ${span}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
