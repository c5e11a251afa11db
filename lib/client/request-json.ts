// The browser side of the API's envelope: `{ data }` on success, `{ error: { code, message } }`
// on failure. Network failures and non-JSON answers come back as errors too, never as throws.
// Components call the app's routes by name with callApi; the request and response types come
// from the same schemas the route handlers parse with (lib/contracts/app-api.ts), imported as
// types only, so no zod reaches the browser through here.
import type { TAppApi } from "@/lib/contracts/app-api";
import { APP_ROUTES, type TAppRouteName } from "@/lib/contracts/app-routes";
import { fillPath, type TEndpointInput, type TEndpointOutput, type THttpMethod } from "@/lib/contracts/endpoint";

export type TClientError = { code: string; message: string; fields?: Record<string, string[]> };
export type TClientResult<T> = { ok: true; data: T } | { ok: false; error: TClientError };
type TRequestOptions = { signal?: AbortSignal; cache?: RequestCache };

export async function requestJson<T>(url: string, init: { method?: THttpMethod; body?: unknown } & TRequestOptions = {}): Promise<TClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: init.cache,
    });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "Could not reach the server. Check your connection and try again." } };
  }
  const json = (await response.json().catch(() => null)) as { data?: T; error?: TClientError } | null;
  if (response.ok && json && "data" in json) return { ok: true, data: json.data as T };
  return { ok: false, error: json?.error ?? { code: "HTTP", message: `The server answered ${response.status}.` } };
}

type TArgs<E> = object extends TEndpointInput<E> ? [input?: TEndpointInput<E>, options?: TRequestOptions] : [input: TEndpointInput<E>, options?: TRequestOptions];

/** Calls one of the app's routes by name: `callApi("answerQuizItem", { params: { quizId }, body })`. */
export function callApi<K extends TAppRouteName>(name: K, ...[input, options]: TArgs<TAppApi[K]>): Promise<TClientResult<TEndpointOutput<TAppApi[K]>>> {
  const route = APP_ROUTES[name];
  const sent = (input ?? {}) as { params?: Record<string, string>; query?: Record<string, string | number | undefined>; body?: unknown };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(sent.query ?? {})) if (value !== undefined) query.set(key, String(value));
  const search = query.toString();
  const url = `${fillPath(route.path, sent.params)}${search ? `?${search}` : ""}`;
  return requestJson(url, { method: route.method, body: sent.body, ...options });
}

/** Other parts of the page (the header's review count) listen for this after any graded answer. */
export const ANSWERED_EVENT = "interleave:answered";

export function announceAnswered(): void {
  window.dispatchEvent(new Event(ANSWERED_EVENT));
}
