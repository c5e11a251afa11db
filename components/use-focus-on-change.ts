"use client";

import { useEffect, useRef, type RefObject } from "react";

/** When `key` changes (the next quiz item or review card) and the control that moved on has left
 * the page with focus, focus goes to `target` (the new prompt), so Tab carries on into the new
 * item's options instead of starting again at the top of the page. Not on the first render. */
export function useFocusOnChange(key: string, target: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (document.activeElement === null || document.activeElement === document.body) target.current?.focus();
  }, [key, target]);
}
