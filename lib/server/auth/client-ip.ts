import "server-only";

type THeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

// Behind a proxy the first X-Forwarded-For hop is the client; without one we fall back to a
// fixed bucket so unknown clients still share a limit instead of escaping it.
export function readClientIp(headers: THeaderBag): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
