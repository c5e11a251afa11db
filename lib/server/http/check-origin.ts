import "server-only";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/server/env";

const ownOrigin = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : null;

// A state-changing request must come from the site's own pages. Browsers send `Origin` with
// every POST, same-origin or not, so a cross-site form or fetch is recognised by it; the session
// cookie's SameSite=Lax is a second line, not the only one. A request without `Origin` and
// without `Sec-Fetch-Site` did not come from a browser page (curl, scripts, the benchmarks) and
// so cannot carry a forged click; it is let through to the route's own checks.
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) {
    const site = request.headers.get("sec-fetch-site");
    if (site === null || site === "same-origin" || site === "none") return;
    throw new AppError("FORBIDDEN", "Requests from other sites are not accepted.");
  }
  if (!isOwnOrigin(origin, request.headers.get("host"))) throw new AppError("FORBIDDEN", "Requests from other sites are not accepted.");
}

function isOwnOrigin(origin: string, host: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    // "null" (sandboxed frames, some redirects) and garbage.
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (ownOrigin !== null && parsed.origin === ownOrigin) return true;
  return host !== null && parsed.host === host.toLowerCase();
}
