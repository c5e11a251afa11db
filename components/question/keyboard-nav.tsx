"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// ← and → move between questions, except while the reader is typing somewhere.
export function KeyboardNav({ previous, next }: { previous: string | null; next: string | null }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest(".cm-editor"))) return;
      if (event.key === "ArrowLeft" && previous) router.push(previous);
      if (event.key === "ArrowRight" && next) router.push(next);
    }
    window.addEventListener("keydown", onKey);
    // Lets browser tests (and assistive tooling) know the shortcuts are live after hydration.
    document.documentElement.dataset.keyboardNav = "ready";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.keyboardNav;
    };
  }, [previous, next, router]);
  return null;
}
