// Where to go after signing in. The callback comes from the address bar, so it is resolved the
// way the browser would resolve it (backslashes, tabs and newlines included) against the site's
// own origin, and kept only if it stays there. A path that starts with two slashes would be read
// as another host when navigated to, so the result always starts with exactly one.
export function toSameOriginPath(value: string | null, origin: string): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  return `/${url.pathname.replace(/^\/+/, "")}${url.search}${url.hash}`;
}
