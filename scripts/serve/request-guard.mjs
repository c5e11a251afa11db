// Requests Next itself would answer with a 500 are refused here, before Next sees them:
// - a path whose percent-encoding does not decode (`/api/quizzes/%ff%fe`): Next's route matching
//   throws (400);
// - anything but GET or HEAD to a page, and any request naming a server action (`Next-Action`):
//   the app has no server actions (every write is a route handler under /api, behind
//   parseJsonBody), yet Next decodes an action request's body before any of our code runs and
//   answers a cross-site, oversized or malformed one with a 500 (405 and 404 here).

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {boolean} true when the request was answered here
 */
export function refuseMalformedRequest(req, res) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return refuse(res, path, 400, "VALIDATION", "The address has an invalid percent-encoding.");
  }
  if (req.headers["next-action"] !== undefined) return refuse(res, path, 404, "NOT_FOUND", "This site has no server actions; its API is under /api.");
  const method = req.method ?? "GET";
  if (!path.startsWith("/api/") && method !== "GET" && method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    return refuse(res, path, 405, "METHOD_NOT_ALLOWED", "Pages are read with GET; changes go through the API under /api.");
  }
  return false;
}

/** @param {import("node:http").ServerResponse} res @param {string} path @param {number} status @param {string} code @param {string} message */
function refuse(res, path, status, code, message) {
  res.statusCode = status;
  // A body the client may still be sending is not read; the connection closes after the answer.
  res.setHeader("connection", "close");
  if (path.startsWith("/api/")) {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: { code, message } }));
  } else {
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(`${message}\n`);
  }
  return true;
}
