// Plain HTTP against the server under test, from a chosen loopback source address. The server
// counts per-IP limits by the socket address, so each test that exercises them speaks from its
// own 127.0.0.x and never uses up the budget of the browser tests (which come from 127.0.0.1).
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { baseUrl } from "./browser";

export type THttpResponse = { status: number; headers: IncomingHttpHeaders; text: string; json: <T = { data?: unknown; error?: { code: string; message: string } }>() => T };

/** `base` defaults to the suite's server (E2E_BASE_URL). */
export function call(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string; base?: string }): Promise<THttpResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // A connection of its own per request: a server that answers 413 early may drop the rest.
    const req = httpRequest(
      new URL(options.path, options.base ?? baseUrl()),
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.from ?? "127.0.0.1", agent: false },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    // A server may answer (413) and close before a large body is fully sent.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

export function postJson(path: string, body: unknown, options: { cookie?: string; from?: string; headers?: Record<string, string>; base?: string } = {}): Promise<THttpResponse> {
  return call({
    path,
    base: options.base,
    method: "POST",
    from: options.from,
    headers: { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export function cookiesOf(res: THttpResponse): string[] {
  return (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials callback, as its client does. `cookies` are sent
 * along (a known-device cookie, say); the result is the outcome and every cookie now held. */
export async function signInOverHttp(options: {
  email: string;
  password: string;
  from: string;
  cookies?: string[];
  headers?: Record<string, string>;
  base?: string;
}): Promise<{ ok: boolean; error: string | null; cookies: string[] }> {
  const csrf = await call({ path: "/api/auth/csrf", from: options.from, headers: options.headers, base: options.base });
  const { csrfToken } = csrf.json<{ csrfToken: string }>();
  const held = [...(options.cookies ?? []), ...cookiesOf(csrf)];
  const res = await call({
    path: "/api/auth/callback/credentials",
    method: "POST",
    from: options.from,
    base: options.base,
    headers: { ...options.headers, "content-type": "application/x-www-form-urlencoded", cookie: held.join("; "), origin: options.base ?? baseUrl() },
    body: new URLSearchParams({ csrfToken, email: options.email, password: options.password, json: "true" }).toString(),
  });
  const { url } = res.json<{ url: string }>();
  const error = new URL(url).searchParams.get("error");
  const fresh = cookiesOf(res);
  const names = new Set(fresh.map((c) => c.split("=")[0]));
  return { ok: res.status === 200 && error === null, error, cookies: [...held.filter((c) => !names.has(c.split("=")[0])), ...fresh] };
}

/** A new learner made through POST /api/auth/sign-up and signed in; `cookie` is a Cookie header. */
export async function newLearner(label: string, from: string, base?: string): Promise<{ email: string; password: string; cookie: string; cookies: string[] }> {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const password = "a-long-test-password";
  const created = await postJson("/api/auth/sign-up", { name: label, email, password }, { from, base });
  if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${created.text}`);
  const session = await signInOverHttp({ email, password, from, base });
  if (!session.ok) throw new Error(`sign-in failed: ${session.error}`);
  return { email, password, cookie: session.cookies.join("; "), cookies: session.cookies };
}
