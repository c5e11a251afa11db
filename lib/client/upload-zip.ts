import type { TClientResult } from "./request-json";

/** Sends a zip file as the request body (the bank import route reads it as it streams in) and
 * reads the API's `{ data } | { error }` envelope, like requestJson. */
export async function uploadZip<T>(url: string, file: Blob): Promise<TClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/zip" }, body: file });
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "Could not reach the server. Check your connection and try again." } };
  }
  const json = (await response.json().catch(() => null)) as { data?: T; error?: { code: string; message: string } } | null;
  if (response.ok && json && "data" in json) return { ok: true, data: json.data as T };
  return { ok: false, error: json?.error ?? { code: "HTTP", message: `The server answered ${response.status}.` } };
}
