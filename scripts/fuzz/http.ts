// Raw HTTP for the fuzzer and the role matrix: any method, any bytes, a fresh connection per
// request from a chosen loopback address, and an answer (or the reason there was none).
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export type TRawRequest = { method: string; path: string; headers: Record<string, string>; body?: Buffer };
export type TRawResponse = { status: number; headers: IncomingHttpHeaders; text: string; bytes: Buffer; ms: number; error?: string };

export function send(base: string, from: string, request: TRawRequest, timeoutMs = 60_000): Promise<TRawResponse> {
  return new Promise((resolve) => {
    const started = performance.now();
    let settled = false;
    const done = (response: Omit<TRawResponse, "ms">) => {
      if (settled) return;
      settled = true;
      resolve({ ...response, ms: performance.now() - started });
    };
    let req;
    try {
      // `path` may hold bytes no URL parser would keep (a raw %ff, `..`): it goes out as written.
      const url = new URL(base);
      req = httpRequest({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers: request.headers, localAddress: from, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const bytes = Buffer.concat(chunks);
          done({ status: res.statusCode ?? 0, headers: res.headers, text: bytes.toString("utf8"), bytes });
        });
        res.on("error", (error) =>
          done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8"), bytes: Buffer.concat(chunks), error: error.message }),
        );
      });
    } catch (error) {
      // Node refuses some requests before sending (a header with a newline): nothing reached the server.
      return done({ status: -1, headers: {}, text: "", bytes: Buffer.alloc(0), error: `not sent: ${(error as Error).message}` });
    }
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
    // A server may answer (413) and close before a large body is fully sent; the answer counts.
    req.on("error", (error: NodeJS.ErrnoException) => done({ status: 0, headers: {}, text: "", bytes: Buffer.alloc(0), error: error.code ?? error.message }));
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

export function cookiesOf(res: TRawResponse): string[] {
  return (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials callback as its client does; returns a Cookie header. */
export async function signIn(base: string, from: string, email: string, password: string): Promise<string> {
  const csrf = await send(base, from, { method: "GET", path: "/api/auth/csrf", headers: {} });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const held = cookiesOf(csrf);
  const res = await send(base, from, {
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: held.join("; "), origin: base },
    body: Buffer.from(new URLSearchParams({ csrfToken, email, password, json: "true" }).toString()),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: ${res.status} ${res.text.slice(0, 200)}`);
  return [...held, session].join("; ");
}

export function jsonRequest(method: string, path: string, body: unknown, cookie: string): TRawRequest {
  return { method, path, headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)) };
}
