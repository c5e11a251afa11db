"use client";

import { useEffect, useState } from "react";

/** Follows the `dark` class the theme toggle sets on <html>, for libraries that take colours as props. */
export function useDarkMode(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    const read = () => setDark(root.classList.contains("dark"));
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return dark;
}

export function chartColors(dark: boolean) {
  return {
    grid: dark ? "#1e293b" : "#e2e8f0",
    axis: dark ? "#94a3b8" : "#64748b",
    primary: dark ? "#38bdf8" : "#0284c7",
    secondary: dark ? "#34d399" : "#059669",
    target: dark ? "#fbbf24" : "#d97706",
    tooltipBg: dark ? "#0f172a" : "#ffffff",
    tooltipBorder: dark ? "#334155" : "#cbd5e1",
  };
}
