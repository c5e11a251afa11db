import "server-only";

type THeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/** The header the serving layer (scripts/serve/server.mjs) writes on every request, replacing
 * anything a client sent under that name. */
export const CLIENT_IP_HEADER = "x-interleave-client-ip";

// The serving layer resolves the client address from the socket, and from X-Forwarded-For only
// when the socket belongs to a proxy listed in TRUSTED_PROXIES (counting hops from the right, so
// a value the client put in front is never believed). It marks the process when it does; without
// that mark (`next dev`, another server) the header could be anyone's, so every client shares
// one "unknown" bucket and the per-account limits carry the load.
export function readClientIp(headers: THeaderBag): string {
  if ((globalThis as Record<symbol, unknown>)[Symbol.for("interleave.serving-layer")] !== true) return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  const address = (Array.isArray(value) ? value[0] : value)?.trim();
  return address || "unknown";
}
