// Security headers on pages, the API and static files, and a CSP whose script-src lists the
// page's inline scripts by hash instead of allowing 'unsafe-inline' (the question page stays
// static: the hashes are computed once per cached copy by the serving layer).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, cookiesOf } from "../support/http";

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs ?? "") && !/type="application\/(ld\+)?json"/.test(attrs ?? ""))
    .map(([, , body]) => body ?? "");
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

describe("security headers", () => {
  it("give every page a CSP that allows exactly its own inline scripts, cached copies included", async () => {
    for (const path of ["/", "/python/60", "/python/60", "/sign-in", "/python/9999"]) {
      const res = await call({ path });
      for (const [name, value] of Object.entries(COMMON)) expect(res.headers[name], `${path} ${name}`).toBe(value);
      expect(res.headers["permissions-policy"], path).toMatch(/camera=\(\)/);
      expect(res.headers["strict-transport-security"], path).toBeUndefined();
      const csp = directives(String(res.headers["content-security-policy"]));
      expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(csp.get("object-src"), path).toEqual(["'none'"]);
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      const scripts = inlineScripts(res.text);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const body of scripts) expect(scriptSrc, path).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
    }
  });

  it("put the same headers on a compressed page, hashed from its decoded body", async () => {
    const res = await call({ path: "/python/60", headers: { "accept-encoding": "gzip" } });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(String(res.headers["content-security-policy"])).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  });

  it("lock JSON and static files down too", async () => {
    const api = await call({ path: "/api/review" });
    expect(api.status).toBe(401);
    expect(api.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers["x-content-type-options"]).toBe("nosniff");
    const file = await call({ path: "/robots.txt" });
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["x-frame-options"]).toBe("DENY");
  });

  it("add HSTS and Secure cookies only when a trusted proxy says the request came over HTTPS", async () => {
    const proxy = process.env.E2E_TRUSTED_PROXY ?? "127.0.0.30";
    const viaTls = await call({ path: "/api/auth/csrf", from: proxy, headers: { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.20" } });
    expect(viaTls.headers["strict-transport-security"]).toBe("max-age=31536000");
    expect(viaTls.headers["set-cookie"]?.length).toBeGreaterThan(0);
    for (const cookie of viaTls.headers["set-cookie"] ?? []) expect(cookie).toMatch(/; Secure/);
    const page = await call({ path: "/python/60", from: proxy, headers: { "x-forwarded-proto": "https" } });
    expect(page.headers["strict-transport-security"]).toBe("max-age=31536000");

    // The same claim from a client that is not our proxy changes nothing.
    const spoofed = await call({ path: "/api/auth/csrf", from: "127.0.0.33", headers: { "x-forwarded-proto": "https" } });
    expect(spoofed.headers["strict-transport-security"]).toBeUndefined();
    for (const cookie of spoofed.headers["set-cookie"] ?? []) expect(cookie).not.toMatch(/Secure/);
    expect(cookiesOf(spoofed).length).toBeGreaterThan(0);
  });
});
