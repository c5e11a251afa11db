// One simulated learner's HTTP client for `bench:load`: its own loopback source address (so the
// server counts it as its own client, as it would count a learner's machine), one keep-alive
// connection like a browser tab's, a cookie jar, and a timing record of every request, including
// whether it had to open a new connection and how long the connection took to set up.
import { Agent, request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";

export type TSample = {
  route: string;
  status: number;
  /** from sending the request to the last byte of the answer */
  ms: number;
  /** the request opened a new connection */
  fresh: boolean;
  /** TCP connect time of that new connection */
  connectMs: number | null;
  /** start of the request, ms since the run began */
  at: number;
  error?: string;
};

export type TReply = { status: number; text: string };

export class LearnerClient {
  private readonly agent: Agent;
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly base: URL,
    readonly address: string,
    private readonly record: (sample: TSample) => void,
    private readonly epoch: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  }

  get(route: string, path: string): Promise<TReply> {
    return this.send(route, "GET", path);
  }

  postJson(route: string, path: string, body: unknown): Promise<TReply> {
    return this.send(route, "POST", path, { "content-type": "application/json" }, JSON.stringify(body));
  }

  postForm(route: string, path: string, fields: Record<string, string>): Promise<TReply> {
    return this.send(route, "POST", path, { "content-type": "application/x-www-form-urlencoded", origin: this.base.origin }, new URLSearchParams(fields).toString());
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(route: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<TReply> {
    return new Promise((resolve) => {
      const started = performance.now();
      let fresh = false;
      let connectMs: number | null = null;
      const finish = (status: number, text: string, error?: string) => {
        this.record({ route, status, ms: performance.now() - started, fresh, connectMs, at: started - this.epoch, ...(error ? { error } : {}) });
        resolve({ status, text });
      };
      const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
      const req = httpRequest(new URL(path, this.base), { method, agent: this.agent, headers: { ...headers, ...(cookie ? { cookie } : {}), "accept-encoding": "gzip" } }, (res) => {
        for (const line of res.headers["set-cookie"] ?? []) {
          const [pair] = line.split(";");
          const at = pair?.indexOf("=") ?? -1;
          if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          finish(res.statusCode ?? 0, (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8"));
        });
        res.on("error", (error) => finish(0, "", error.message));
      });
      req.on("socket", (socket) => {
        if (!socket.connecting) return;
        fresh = true;
        socket.once("connect", () => (connectMs = performance.now() - started));
      });
      req.setTimeout(120_000, () => req.destroy(new Error("timeout after 120 s")));
      req.on("error", (error: NodeJS.ErrnoException) => finish(0, "", error.code ?? error.message));
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
