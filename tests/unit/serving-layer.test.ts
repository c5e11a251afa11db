// The serving layer's pure parts: who the client is, and which inline scripts a page may run.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs modules of the production server, without type declarations
import { normalizeAddress, parseTrustedProxies, resolveClient } from "../../scripts/serve/client-address.mjs";
// @ts-expect-error -- as above
import { refuseMalformedRequest } from "../../scripts/serve/request-guard.mjs";
// @ts-expect-error -- as above
import { hashInlineScripts, pageCsp } from "../../scripts/serve/security-headers.mjs";

type TResolved = { address: string; https: boolean };
const resolve = resolveClient as (req: IncomingMessage, trusted: unknown, header: string) => TResolved;

function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the client address", () => {
  const trusted = parseTrustedProxies("127.0.0.30, 10.0.0.0/8, ::1");

  it("is the socket's address when the socket is not a trusted proxy, and forwarding headers are dropped", () => {
    const req = request("203.0.113.5", { "x-forwarded-for": "1.1.1.1", "x-forwarded-proto": "https", "x-real-ip": "2.2.2.2", "x-interleave-client-ip": "3.3.3.3" });
    expect(resolve(req, trusted, "x-interleave-client-ip")).toEqual({ address: "203.0.113.5", https: false });
    expect(req.headers).toEqual({ "x-interleave-client-ip": "203.0.113.5" });
  });

  it("behind trusted proxies is the rightmost hop that is not one of them", () => {
    const hop = (xff: string) => resolve(request("10.1.2.3", { "x-forwarded-for": xff }), trusted, "h").address;
    expect(hop("198.51.100.7")).toBe("198.51.100.7");
    expect(hop("6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(hop("6.6.6.6, 198.51.100.7, 10.0.0.9")).toBe("198.51.100.7");
    // Every hop is ours: the leftmost is as close to the client as can be seen.
    expect(hop("10.0.0.8, 10.0.0.9")).toBe("10.0.0.8");
    expect(hop("")).toBe("10.1.2.3");
    expect(resolve(request("::1", { "x-forwarded-for": "[2001:db8::1]:443", "x-forwarded-proto": "https" }), trusted, "h")).toEqual({ address: "2001:db8::1", https: true });
  });

  it("normalizes mapped IPv4 and ports, and refuses a TRUSTED_PROXIES entry that is not an address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress(" 192.0.2.1:8080 ")).toBe("192.0.2.1");
    expect(resolve(request("::ffff:127.0.0.30", { "x-forwarded-for": "198.51.100.1" }), trusted, "h").address).toBe("198.51.100.1");
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix length/);
    expect(resolve(request("127.0.0.30", { "x-forwarded-for": "198.51.100.1" }), parseTrustedProxies(undefined), "h").address).toBe("127.0.0.30");
  });
});

describe("the page CSP", () => {
  it("hashes every inline script that runs, and nothing else", () => {
    const html = [
      "<script>self.__next_f.push([1])</script>",
      '<script src="/_next/static/a.js" async=""></script>',
      '<script type="application/json">{"not":"code"}</script>',
      '<script type="module">import("/x.js")</script>',
      "<script id=theme>try{}catch(e){}</script>",
      "<script>self.__next_f.push([1])</script>",
    ].join("");
    expect(hashInlineScripts(html)).toEqual([sha("self.__next_f.push([1])"), sha('import("/x.js")'), sha("try{}catch(e){}")]);
  });

  it("allows no inline script beyond the hashes and no framing", () => {
    const csp = pageCsp([sha("x")]) as string;
    expect(csp).toContain(`script-src 'self' ${sha("x")};`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe("the request guard", () => {
  type TAnswer = { status: number; headers: Record<string, string>; body: string } | null;
  const guard = (method: string, url: string, headers: Record<string, string> = {}): TAnswer => {
    const answer = { status: 0, headers: {} as Record<string, string>, body: "" };
    const res = {
      set statusCode(value: number) {
        answer.status = value;
      },
      setHeader: (name: string, value: string) => void (answer.headers[name] = value),
      end: (body: string) => void (answer.body = body),
    };
    return refuseMalformedRequest({ method, url, headers }, res) ? answer : null;
  };

  it("lets ordinary requests through", () => {
    expect(guard("GET", "/python/60?x=%20")).toBeNull();
    expect(guard("HEAD", "/")).toBeNull();
    expect(guard("POST", "/api/attempts")).toBeNull();
    expect(guard("PUT", "/api/me/settings")).toBeNull();
  });

  it("refuses what Next would answer with a 500: broken percent-encoding, server actions, writes to pages", () => {
    expect(guard("GET", "/api/quizzes/%ff%fe")).toMatchObject({ status: 400, headers: { "content-type": "application/json" } });
    expect(guard("POST", "/author", { "next-action": "40332d61" })).toMatchObject({ status: 404, body: expect.stringMatching(/no server actions/) });
    expect(guard("POST", "/api/attempts", { "next-action": "x" })?.status).toBe(404);
    expect(guard("POST", "/author")).toMatchObject({ status: 405, headers: { allow: "GET, HEAD" } });
    expect(guard("DELETE", "/python/60")?.status).toBe(405);
  });
});
