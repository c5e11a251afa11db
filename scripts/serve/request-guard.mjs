// Requests Next itself would answer with a 500 are refused here with a 400: a path whose
// percent-encoding does not decode (`/api/quizzes/%ff%fe`) makes Next's route matching throw.

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @returns {boolean} true when the request was answered here
 */
export function refuseMalformedRequest(req, res) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    const message = "The address has an invalid percent-encoding.";
    res.statusCode = 400;
    if (path.startsWith("/api/")) {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ error: { code: "VALIDATION", message } }));
    } else {
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end(`Bad request: ${message}\n`);
    }
    return true;
  }
}
