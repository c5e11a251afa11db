// Security headers for every response, and a Content-Security-Policy for every page whose
// script-src allows exactly the page's own inline scripts, by hash. Next's nonce approach would
// make every page render per request; a hash is computed from the finished HTML instead, once
// per response Next produces, and travels with a micro-cached page, so the question page stays
// static and a cache hit costs nothing extra.
import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

const STATIC_HEADERS = [
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "same-origin"],
  ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
  ["x-frame-options", "DENY"],
  ["cross-origin-opener-policy", "same-origin"],
];
export const HSTS = "max-age=31536000";
/** JSON never renders as a document; if it is opened as one, nothing in it may run or load. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The policy of a page: same-origin everything, the inline scripts listed by hash. Styles keep
 * 'unsafe-inline' because CodeMirror injects its theme as <style> elements at run time. */
export function pageCsp(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` ${h}`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const JS_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** 'sha256-…' for each distinct inline script that would run (no src, a JavaScript type). */
export function hashInlineScripts(html) {
  const hashes = new Set();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes);
    // Data blocks (application/json, …) never run, so they need no hash.
    if (type && !JS_TYPES.has((type[1] ?? type[2] ?? type[3] ?? "").trim().toLowerCase())) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** @param {import("node:http").ServerResponse} res @param {{ https: boolean }} options */
export function setStaticSecurityHeaders(res, options) {
  for (const [name, value] of STATIC_HEADERS) res.setHeader(name, value);
  if (options.https) res.setHeader("strict-transport-security", HSTS);
}

/** Behind TLS every cookie is Secure, whatever the code that set it assumed about the URL. */
function markCookiesSecure(res) {
  const cookies = res.getHeader("set-cookie");
  if (cookies === undefined) return;
  const list = Array.isArray(cookies) ? cookies : [String(cookies)];
  res.setHeader(
    "set-cookie",
    list.map((c) => (/;\s*secure\s*(;|$)/i.test(c) ? c : `${c}; Secure`)),
  );
}

function decodeBody(body, encoding) {
  switch (String(encoding ?? "").toLowerCase()) {
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    case "gzip":
      return gunzipSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    default:
      return body.toString("utf8");
  }
}

// Next tags a page with an ETag computed from its body, so an ETag seen before stands for the same
// scripts: the policy is set from memory before the first byte and the page streams through
// unheld (what Next alone serves, or a micro-cache miss, then costs a lookup). Were two bodies
// ever to share an ETag, the wrong hashes would block the page's scripts, never allow others.
const MAX_REMEMBERED = 500;
const policyByEtag = new Map();

function knownPolicy(res) {
  // Next computes the ETag before compressing, so it names the scripts whatever the encoding.
  const etag = res.getHeader("etag");
  return typeof etag === "string" ? policyByEtag.get(etag) : undefined;
}

function policyFor(body, res) {
  const etag = res.getHeader("etag");
  const key = typeof etag === "string" ? etag : null;
  const known = knownPolicy(res);
  if (known !== undefined) return known;
  let hashes;
  try {
    hashes = hashInlineScripts(decodeBody(body, res.getHeader("content-encoding")));
  } catch {
    // Undecodable bytes: no inline script is allowed rather than any.
    hashes = [];
  }
  const policy = pageCsp(hashes);
  if (key !== null) {
    if (policyByEtag.size >= MAX_REMEMBERED) policyByEtag.delete(policyByEtag.keys().next().value);
    policyByEtag.set(key, policy);
  }
  return policy;
}

function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Wraps `res` before Next writes to it. An HTML response is held until it ends (the policy must
 * be a header, and the header must name every script in the body), then sent with its CSP and
 * length; anything else passes straight through. It sits below Next's compression, so it may see
 * compressed bytes: they are decoded only to find the scripts, and sent as they are.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ https: boolean }} options
 */
export function installPageSecurity(req, res, options) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  /** @type {"pass" | "hold" | null} */
  let mode = null;
  let releasing = false;
  /** @type {Buffer[]} */
  const held = [];

  const choose = () => {
    if (mode === null) {
      const type = String(res.getHeader("content-type") ?? "").toLowerCase();
      const hasBody = req.method !== "HEAD" && res.statusCode !== 204 && res.statusCode !== 304;
      mode = hasBody && type.startsWith("text/html") ? "hold" : "pass";
      // A page whose ETag was seen before has a known policy: it streams through untouched.
      const known = mode === "hold" ? knownPolicy(res) : undefined;
      if (known !== undefined) {
        res.setHeader("content-security-policy", known);
        mode = "pass";
      }
    }
    return releasing ? "pass" : mode;
  };
  const finishHeaders = () => {
    if (options.https) markCookiesSecure(res);
    if (!res.hasHeader("content-security-policy") && String(res.getHeader("content-type") ?? "").includes("json")) res.setHeader("content-security-policy", API_CSP);
  };

  res.writeHead = function (status, ...rest) {
    // Headers passed to writeHead are folded into the response so they count for the decision.
    res.statusCode = status;
    const message = rest.find((r) => typeof r === "string");
    if (message !== undefined) res.statusMessage = message;
    const headers = rest.find((r) => r && typeof r === "object");
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    if (choose() === "hold") return this;
    finishHeaders();
    return writeHead.call(this, res.statusCode, res.statusMessage);
  };
  res.flushHeaders = function () {
    if (choose() === "hold") return;
    // Next flushes a route handler's headers before its body; for JSON, which is small and
    // complete, holding them lets Node send headers and body in one write instead of two.
    if (String(res.getHeader("content-type") ?? "").includes("json")) return;
    return flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, cb) {
    if (choose() === "pass") return write.call(this, chunk, encoding, cb);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) held.push(Buffer.from(buffer));
    const done = typeof encoding === "function" ? encoding : cb;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    if (choose() === "pass") return end.call(this, chunk, encoding, cb);
    const done = [chunk, encoding, cb].find((a) => typeof a === "function");
    const last = toBuffer(chunk, encoding);
    if (last) held.push(last);
    const body = Buffer.concat(held);
    res.setHeader("content-security-policy", policyFor(body, res));
    res.removeHeader("transfer-encoding");
    res.setHeader("content-length", body.length);
    releasing = true;
    return end.call(this, body, done);
  };
}
