// The production server `npm start` runs: Next's request handler behind the micro-cache, with
// the request-level work Next cannot do for us: the client's address from the socket (and from
// trusted proxies only), security headers and a hash-based CSP on pages, and a 400 for paths Next
// would answer with a 500. This layer's settings are read here, at start: PORT and HOSTNAME pick
// the address, MICRO_CACHE_SECONDS=0 turns the cache off, TRUSTED_PROXIES lists the reverse
// proxies (addresses or CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed.
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { parseTrustedProxies, resolveClient } from "./client-address.mjs";
import { createMicroCache } from "./micro-cache.mjs";
import { answerUnparsableRequest, closeSocketsGently, lingerAfterEarlyAnswer, refuseMalformedRequest } from "./request-guard.mjs";
import { installPageSecurity, setStaticSecurityHeaders } from "./security-headers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const ttlSeconds = Number(process.env.MICRO_CACHE_SECONDS ?? 1);
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);

// Read by lib/server/auth/client-ip.ts: the header below was written here, not by the client.
const CLIENT_IP_HEADER = "x-interleave-client-ip";
globalThis[Symbol.for("interleave.serving-layer")] = true;

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** @type {WeakMap<import("node:http").IncomingMessage, boolean>} */
const overTls = new WeakMap();
const cache = createMicroCache(
  (req, res) => {
    installPageSecurity(req, res, { https: overTls.get(req) ?? false });
    return handle(req, res);
  },
  { ttlMs: Number.isFinite(ttlSeconds) ? ttlSeconds * 1000 : 1000 },
);
const server = createServer((req, res) => {
  lingerAfterEarlyAnswer(req, res);
  const client = resolveClient(req, trustedProxies, CLIENT_IP_HEADER);
  overTls.set(req, client.https);
  setStaticSecurityHeaders(res, { https: client.https });
  if (refuseMalformedRequest(req, res)) return;
  // A write is answered with a few hundred bytes of JSON, streamed without a length, so Next's
  // compression would gzip every one of them: more CPU than the bytes are worth.
  if (req.method !== "GET" && req.method !== "HEAD") delete req.headers["accept-encoding"];
  Promise.resolve(cache.serve(req, res)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("connection", closeSocketsGently);
server.on("clientError", answerUnparsableRequest);
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
