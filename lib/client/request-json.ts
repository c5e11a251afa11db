// The browser side of the API's envelope: `{ data }` on success, `{ error: { code, message } }`
// on failure. Network failures and non-JSON answers come back as errors too, never as throws.
export type TClientError = { code: string; message: string; fields?: Record<string, string[]> };
export type TClientResult<T> = { ok: true; data: T } | { ok: false; error: TClientError };

export async function requestJson<T>(url: string, init: { method?: "GET" | "POST" | "PUT" | "DELETE"; body?: unknown } = {}): Promise<TClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "Could not reach the server. Check your connection and try again." } };
  }
  const json = (await response.json().catch(() => null)) as { data?: T; error?: TClientError } | null;
  if (response.ok && json && "data" in json) return { ok: true, data: json.data as T };
  return { ok: false, error: json?.error ?? { code: "HTTP", message: `The server answered ${response.status}.` } };
}

/** Other parts of the page (the header's review count) listen for this after any graded answer. */
export const ANSWERED_EVENT = "interleave:answered";

export function announceAnswered(): void {
  window.dispatchEvent(new Event(ANSWERED_EVENT));
}
