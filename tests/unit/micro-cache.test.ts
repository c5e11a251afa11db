import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs module of the production server, without type declarations
import { createMicroCache } from "../../scripts/serve/micro-cache.mjs";

type THandler = (req: IncomingMessage, res: ServerResponse) => void;
type TCache = { serve: THandler; stats: { hits: number; misses: number; stored: number } };

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

// A real HTTP server with the cache in front of a handler that counts how often it runs.
async function start(handler: THandler, options: { ttlMs?: number; now?: () => number } = {}) {
  let calls = 0;
  const cache = (createMicroCache as (h: THandler, o: object) => TCache)((req, res) => {
    calls++;
    handler(req, res);
  }, options);
  const server = createServer((req, res) => void cache.serve(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, calls: () => calls, stats: cache.stats };
}

const page: THandler = (req, res) => {
  res.setHeader("cache-control", "s-maxage=60, stale-while-revalidate=100");
  res.setHeader("vary", "rsc, Accept-Encoding");
  res.setHeader("etag", '"v1"');
  res.setHeader("content-type", "text/html");
  res.write(`<p>${req.headers.rsc ? "flight" : "html"} `);
  res.end(`for ${req.url}</p>`);
};

describe("the micro-cache in front of Next", () => {
  it("replays a shared-cacheable page byte for byte within its second", async () => {
    const server = await start(page);
    const first = await fetch(`${server.base}/python/60`);
    const second = await fetch(`${server.base}/python/60`);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("content-length")).toBe(String("<p>html for /python/60</p>".length));
    expect(server.calls()).toBe(1);
  });

  it("keeps variants apart by the response's Vary headers", async () => {
    const server = await start(page);
    expect(await (await fetch(`${server.base}/p`)).text()).toContain("html");
    expect(await (await fetch(`${server.base}/p`, { headers: { rsc: "1" } })).text()).toContain("flight");
    expect(await (await fetch(`${server.base}/p`, { headers: { rsc: "1" } })).text()).toContain("flight");
    expect(await (await fetch(`${server.base}/p`)).text()).toContain("html");
    expect(server.calls()).toBe(2);
  });

  it("expires entries after the ttl", async () => {
    let clock = 0;
    const server = await start(page, { ttlMs: 1000, now: () => clock });
    await fetch(`${server.base}/p`);
    clock = 999;
    await fetch(`${server.base}/p`);
    clock = 1000;
    await fetch(`${server.base}/p`);
    expect(server.calls()).toBe(2);
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const server = await start(page);
    await fetch(`${server.base}/p`);
    const again = await fetch(`${server.base}/p`, { headers: { "if-none-match": '"v1"' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(server.calls()).toBe(1);
  });

  it("never stores private, cookie-setting, failed or non-GET responses", async () => {
    const variants: Record<string, THandler> = {
      "/private": (_req, res) => {
        res.setHeader("cache-control", "private, no-store");
        res.end("mine");
      },
      "/cookie": (_req, res) => {
        res.setHeader("cache-control", "s-maxage=60");
        res.setHeader("set-cookie", "a=b");
        res.end("cookie");
      },
      "/missing": (_req, res) => {
        res.statusCode = 404;
        res.setHeader("cache-control", "s-maxage=60");
        res.end("nope");
      },
      "/plain": (_req, res) => res.end("no cache-control"),
    };
    const server = await start((req, res) => (variants[req.url ?? ""] ?? page)(req, res));
    for (const path of Object.keys(variants)) {
      await fetch(`${server.base}${path}`);
      await fetch(`${server.base}${path}`);
    }
    await fetch(`${server.base}/post`, { method: "POST" });
    await fetch(`${server.base}/post`, { method: "POST" });
    expect(server.calls()).toBe(10);
    expect(server.stats.stored).toBe(0);
  });

  it("passes everything through when turned off", async () => {
    const server = await start(page, { ttlMs: 0 });
    await fetch(`${server.base}/p`);
    await fetch(`${server.base}/p`);
    expect(server.calls()).toBe(2);
  });
});
