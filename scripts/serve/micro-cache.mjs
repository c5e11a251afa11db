// A one-second cache in front of Next for responses Next itself marks as shared-cacheable (ISR
// pages: `Cache-Control: s-maxage=…`, no cookie set). Next already caches the rendered page, but
// serving it from that cache still walks its whole app-render path; under load most of a
// question page's cost is that walk. Replaying the stored bytes for a second is what a CDN or an
// nginx micro-cache would do, and a page is at most one second staler than Next alone would
// serve it (it is revalidated every 60 s anyway).
//
// Entries honour the response's Vary header (Next varies pages on its RSC request headers and on
// Accept-Encoding), so a client is only ever sent bytes made for a request like its own.

const MAX_ENTRIES = 500;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** @typedef {{ status: number; headers: [string, string | string[]][]; body: Buffer; vary: [string, string][]; expires: number }} TEntry */

/**
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handle
 * @param {{ ttlMs?: number; now?: () => number }} [options]
 */
export function createMicroCache(handle, options = {}) {
  const ttlMs = options.ttlMs ?? 1000;
  const now = options.now ?? Date.now;
  /** @type {Map<string, TEntry[]>} */
  const entries = new Map();
  const stats = { hits: 0, misses: 0, stored: 0 };

  /** @param {import("node:http").IncomingMessage} req */
  const lookup = (req) => {
    const list = entries.get(req.url ?? "");
    if (!list) return null;
    const t = now();
    return list.find((e) => e.expires > t && e.vary.every(([name, value]) => (req.headers[name] ?? "") === value)) ?? null;
  };

  /** @param {string} key @param {TEntry} entry */
  const store = (key, entry) => {
    const t = now();
    const list = (entries.get(key) ?? []).filter((e) => e.expires > t && !sameVary(e.vary, entry.vary));
    list.push(entry);
    entries.delete(key);
    entries.set(key, list);
    stats.stored++;
    // Oldest first: a Map iterates in insertion order and a stored key is re-inserted.
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  };

  /** @type {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} */
  const serve = (req, res) => {
    if (ttlMs <= 0 || req.method !== "GET") return handle(req, res);
    const hit = lookup(req);
    if (hit) {
      stats.hits++;
      const etag = hit.headers.find(([name]) => name === "etag")?.[1];
      // A client that already holds these bytes gets a 304, as Next would answer it.
      if (etag !== undefined && req.headers["if-none-match"] === etag) {
        res.statusCode = 304;
        for (const [name, value] of hit.headers) if (!["content-length", "content-type", "content-encoding"].includes(name)) res.setHeader(name, value);
        res.end();
        return;
      }
      res.statusCode = hit.status;
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.end(hit.body);
      return;
    }
    stats.misses++;
    record(req, res, (entry) => store(req.url ?? "", entry));
    return handle(req, res);
  };

  /**
   * Tees what Next writes into a buffer and offers it to `onDone` if it may be shared.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {(entry: TEntry) => void} onDone
   */
  function record(req, res, onDone) {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || tooBig) return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += buffer.length;
      if (size > MAX_BODY_BYTES) tooBig = true;
      else chunks.push(Buffer.from(buffer));
    };
    const write = res.write;
    const end = res.end;
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      // Headers given to writeHead directly are not visible through getHeaders(); fold them in.
      const headers = rest.find((r) => r && typeof r === "object");
      if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      return writeHead.call(this, status, ...rest.filter((r) => typeof r === "string"));
    };
    res.write = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      const entry = tooBig ? null : toEntry(req, res, Buffer.concat(chunks));
      if (entry) onDone(entry);
      return end.call(this, chunk, encoding, cb);
    };
  }

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {Buffer} body @returns {TEntry | null} */
  function toEntry(req, res, body) {
    if (res.statusCode !== 200) return null;
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    if (!/\bs-maxage=\d+/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return null;
    if (res.hasHeader("set-cookie")) return null;
    const varyHeader = String(res.getHeader("vary") ?? "");
    if (varyHeader.includes("*")) return null;
    const vary = varyHeader
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean)
      .map((name) => [name, String(req.headers[name] ?? "")]);
    const headers = Object.entries(res.getHeaders())
      // HSTS depends on how this request arrived (TLS or not), not on the page: set per request.
      .filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding", "strict-transport-security"].includes(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]);
    // A chunked response gets its length here, so a replay is one plain write.
    const withLength = headers.filter(([name]) => name !== "content-length").concat([["content-length", String(body.length)]]);
    return { status: 200, headers: withLength, body, vary, expires: now() + ttlMs };
  }

  return { serve, stats };
}

/** @param {[string, string][]} a @param {[string, string][]} b */
function sameVary(a, b) {
  return a.length === b.length && a.every(([name, value], i) => b[i]?.[0] === name && b[i]?.[1] === value);
}
