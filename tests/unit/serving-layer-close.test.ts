// How the production server ends a connection when the client still has bytes on the way: a
// page's GET followed by a body it never declared, or a refused POST whose body is still being
// sent. Both once reached the client as ECONNRESET instead of the answer (found by the fuzzer and
// by CI): Node destroyed the socket with unread bytes in it, and the kernel's reset overtook the
// answer. A real server on a loopback port, a real client, many connections at once.
import { createServer, request, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain .mjs module of the production server, without type declarations
import { answerUnparsableRequest, closeSocketsGently, lingerAfterEarlyAnswer, refuseMalformedRequest } from "../../scripts/serve/request-guard.mjs";

const page = "p".repeat(600 * 1024);
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    lingerAfterEarlyAnswer(req, res);
    if (refuseMalformedRequest(req, res)) return;
    res.setHeader("content-type", "text/html");
    res.end(page);
  });
  server.on("connection", closeSocketsGently);
  server.on("clientError", answerUnparsableRequest);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

type TOutcome = { status: number; length: number } | { error: string };

// `agent: false` sends `Connection: close`, the case where Node closes the socket after the answer.
function send(method: string, path: string, body: Buffer, headers: Record<string, string> = {}): Promise<TOutcome> {
  return new Promise((resolve) => {
    let answered = false;
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: false }, (res) => {
      answered = true;
      let length = 0;
      res.on("data", (chunk: Buffer) => (length += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, length }));
      res.on("error", (error: NodeJS.ErrnoException) => resolve({ error: `response: ${error.code ?? error.message}` }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => (answered ? undefined : resolve({ error: error.code ?? error.message })));
    req.end(body);
  });
}

describe("closing a connection with bytes still arriving", () => {
  it("delivers a whole page to a GET followed by undeclared body bytes", async () => {
    const outcomes = await Promise.all(Array.from({ length: 24 }, (_, i) => send("GET", "/page", Buffer.alloc([70_000, 300_000, 1_100_000][i % 3] ?? 0, 0x78))));
    expect(outcomes).toEqual(Array.from({ length: 24 }, () => ({ status: 200, length: page.length })));
  });

  it("delivers a refusal to a POST whose 2 MB body is still being sent, to a client slow to read it", async () => {
    // The client reads only after it has sent everything: whatever a reset threw away is gone.
    const head = "POST /author HTTP/1.1\r\nhost: x\r\nconnection: close\r\nnext-action: 1\r\ncontent-type: text/plain\r\ncontent-length: 2097152\r\n\r\n";
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => sendRaw(head, Buffer.alloc(2 * 1024 * 1024, 0x61), 150)));
    expect(outcomes.map((text) => text.split("\r\n")[0])).toEqual(Array.from({ length: 8 }, () => "HTTP/1.1 404 Not Found"));
  });

  it("answers bytes that parse as no request with a 400, once, however many chunks follow", async () => {
    const text = await sendRaw("NOT A REQUEST\r\n\r\n", Buffer.alloc(20 * 64 * 1024, 0x79), 0);
    expect(text.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*"The request could not be parsed\."/);
  });
});

/** Writes `head` and `body` on a fresh connection (all but the first 64 KB of the body 50 ms later) and starts reading `readAfterMs` after the last write. */
function sendRaw(head: string, body: Buffer, readAfterMs: number): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    const socket = connect(port, "127.0.0.1", () => {
      socket.pause();
      // The body's tail goes out after the server has had time to answer.
      socket.write(head);
      socket.write(body.subarray(0, 64 * 1024));
      setTimeout(() => socket.write(body.subarray(64 * 1024), () => setTimeout(() => socket.resume(), readAfterMs)), 50);
    });
    socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
    socket.on("end", () => resolve(text));
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(`${text}<${error.code ?? error.message}>`));
  });
}
