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
  if (path.startsWith("/api/")) {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: { code, message } }));
  } else {
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(`${message}\n`);
  }
  return true;
}

// An answer sent before the request's body has all arrived (a 413, a refusal here, a GET route
// that ignores a body): closing the connection at once makes the kernel answer the client's
// further bytes with a reset, which throws away the answer it has not read yet, so the client sees
// a dropped connection instead of the status. The rest of the body is read and discarded instead,
// up to a bound, then the connection closes.
const LINGER_BYTES = 8 * 1024 * 1024;
const LINGER_MS = 5_000;

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
export function lingerAfterEarlyAnswer(req, res) {
  res.on("finish", () => {
    if (req.complete) return;
    let left = LINGER_BYTES;
    const stop = () => req.socket.destroy();
    const timer = setTimeout(stop, LINGER_MS);
    timer.unref();
    req.on("data", (chunk) => {
      left -= chunk.length;
      if (left < 0) stop();
    });
    req.on("close", () => clearTimeout(timer));
    req.resume();
  });
}

// After the last answer on a connection (the client asked for `Connection: close`, or the
// connection failed to parse), Node destroys the socket as soon as the answer is flushed. Bytes
// the client sent that nobody read (a body the request never declared, the rest of one answered
// early) then make the kernel send a reset, which can overtake the answer on its way: the client
// sees ECONNRESET part-way through a page it was sent in full. A half-close instead lets the answer
// arrive; the client's own close, or the bound, ends the connection.
/** @param {import("node:net").Socket} socket */
export function closeSocketsGently(socket) {
  /** @type {import("node:net").Socket & { destroySoon?: () => void }} */ (socket).destroySoon = () => closeAfterDraining(socket);
}

// Node answers a request it cannot parse (a request line or headers over its 16 KB limit,
// malformed syntax) by writing a status and destroying the socket at once, with the same reset
// problem. Its parser also stays failed and reports every later chunk on the connection again, so
// only the first report acts: the status is written (when nothing else is owed), the socket
// half-closed, and what the client still sends read and dropped for a moment.
/** @type {WeakSet<import("node:stream").Duplex>} */
const closing = new WeakSet();

/** @param {Error & { code?: string }} error @param {import("node:stream").Duplex} socket */
export function answerUnparsableRequest(error, socket) {
  if (closing.has(socket)) return;
  closing.add(socket);
  socket.on("error", () => undefined);
  // A request on this connection is still being handled (what fails to parse are bytes sent
  // after it, such as a body on a GET or DELETE that declared none): its answer is the one the
  // client waits for, so it goes out first and the connection closes after it. A 400 written now
  // would reach the client in its place, saying "refused" about a request that went through.
  const inFlight = /** @type {{ _httpMessage?: import("node:http").ServerResponse | null }} */ (socket)._httpMessage;
  if (inFlight && !inFlight.writableFinished) {
    inFlight.on("finish", () => closeAfterDraining(socket));
    inFlight.on("close", () => {
      if (!inFlight.writableFinished) socket.destroy();
    });
    return;
  }
  if (!socket.writable) return socket.destroy();
  // Something was already answered on this connection (what fails to parse is then the unread
  // rest of an earlier body): nothing more may be written, as in Node's own handler.
  if (/** @type {import("node:net").Socket} */ (socket).bytesWritten > 0) return closeAfterDraining(socket);
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const message = tooLarge ? "The address or headers are too long." : "The request could not be parsed.";
  const body = JSON.stringify({ error: { code: "VALIDATION", message } });
  closeAfterDraining(socket, `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** @param {import("node:stream").Duplex} socket @param {string} [last] */
function closeAfterDraining(socket, last) {
  if (socket.writableEnded) return;
  closing.add(socket);
  socket.on("error", () => undefined);
  socket.end(last);
  let left = LINGER_BYTES;
  socket.on("data", (chunk) => {
    left -= chunk.length;
    if (left < 0) socket.destroy();
  });
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
