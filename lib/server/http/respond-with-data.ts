import "server-only";
import { createHash } from "node:crypto";

/** `{ data }` as JSON. A GET carries a weak ETag over the exact body and answers a matching
 * If-None-Match with a 304 and no body, so a client polling something unchanged (the header's
 * review count, a script syncing a bank) gets nothing but headers back. `private, no-cache`
 * keeps personal answers out of shared caches and has every reuse revalidated. Weak, because
 * compression below may change the bytes but never the meaning. */
export function respondWithData(request: Request, data: unknown, options: { status: number; headers?: Record<string, string> }): Response {
  return respondWithJson(request, { data }, options);
}

/** The same for a JSON document sent as it is (the OpenAPI document). */
export function respondWithJson(request: Request, value: unknown, options: { status: number; headers?: Record<string, string> }): Response {
  const body = JSON.stringify(value);
  const headers = new Headers(options.headers);
  if (request.method === "GET" || request.method === "HEAD") {
    const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
    headers.set("etag", etag);
    headers.set("cache-control", "private, no-cache");
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  }
  headers.set("content-type", "application/json");
  return new Response(body, { status: options.status, headers });
}

// If-None-Match compares weakly: W/"x" and "x" are the same tag; `*` matches any.
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
