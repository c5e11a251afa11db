// The production server `npm start` runs: Next's request handler behind the micro-cache.
// PORT and HOSTNAME pick the address; MICRO_CACHE_SECONDS=0 turns the cache off.
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { createMicroCache } from "./micro-cache.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const ttlSeconds = Number(process.env.MICRO_CACHE_SECONDS ?? 1);

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const cache = createMicroCache((req, res) => handle(req, res), { ttlMs: Number.isFinite(ttlSeconds) ? ttlSeconds * 1000 : 1000 });
const server = createServer((req, res) => {
  Promise.resolve(cache.serve(req, res)).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
