import { useEffect, useRef, type RefObject } from "react";

/** When the component first showed (ms since the epoch), for an answer's duration. Set after
 * mount rather than read during render, so rendering stays pure; read it in event handlers. */
export function useOpenedAt(): RefObject<number> {
  const openedAt = useRef(0);
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);
  return openedAt;
}
