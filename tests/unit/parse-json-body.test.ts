// The body parser every JSON route uses, against requests built the way Next hands them over.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonBody } from "@/lib/server/http/parse-json-body";

const ZBody = z.object({ id: z.string(), tags: z.array(z.unknown()).optional() }).strict();
const url = "http://127.0.0.1:3000/api/things";

function request(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: "POST", body, headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
}

async function failure(req: Request, options?: { maxBytes?: number }) {
  return parseJsonBody(req, ZBody, options).then(
    () => null,
    (error: unknown) => error as { code: string; status: number; message: string },
  );
}

describe("parseJsonBody", () => {
  it("parses a same-origin JSON body", async () => {
    await expect(parseJsonBody(request('{"id":"a"}', { origin: "http://127.0.0.1:3000" }), ZBody)).resolves.toEqual({ id: "a" });
  });

  it("refuses a body over the limit with 413, by declared length and while streaming", async () => {
    const big = JSON.stringify({ id: "x".repeat(70 * 1024) });
    expect(await failure(request(big))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(1024)));
        controller.close();
      },
    });
    expect(await failure(request(chunks))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    // A route that allows more passes its own limit.
    await expect(parseJsonBody(request(big), ZBody, { maxBytes: 1024 * 1024 })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("requires application/json: text/plain and form posts are 415", async () => {
    expect(await failure(request('{"id":"a"}', { "content-type": "text/plain;charset=UTF-8" }))).toMatchObject({ status: 415 });
    expect(await failure(request("id=a", { "content-type": "application/x-www-form-urlencoded" }))).toMatchObject({ status: 415 });
    await expect(parseJsonBody(request('{"id":"a"}', { "content-type": "Application/JSON; charset=utf-8" }), ZBody)).resolves.toEqual({ id: "a" });
  });

  it("refuses other sites with 403 and lets non-browser clients through", async () => {
    expect(await failure(request('{"id":"a"}', { origin: "http://evil.example" }))).toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect(await failure(request('{"id":"a"}', { origin: "null" }))).toMatchObject({ status: 403 });
    expect(await failure(request('{"id":"a"}', { "sec-fetch-site": "cross-site" }))).toMatchObject({ status: 403 });
    await expect(parseJsonBody(request('{"id":"a"}'), ZBody)).resolves.toEqual({ id: "a" });
  });

  it("answers malformed bodies with a 400 that says what is wrong", async () => {
    const cases: [BodyInit | null, RegExp][] = [
      [null, /empty/],
      ["", /empty/],
      ["{oops", /must be JSON/],
      [new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /UTF-8/],
      ['{"id":"\\ud800"}', /lone surrogate/],
      ['{"id":"a\\u0000b"}', /NUL/],
      ['{"\\udc00":"a"}', /lone surrogate/],
      [`{"id":"a","tags":${"[".repeat(40)}${"]".repeat(40)}}`, /nested too deeply/],
      ['{"id":{"a":1}}', /^id: /],
      ['{"id":"a","extra":1}', /Unrecognized key/i],
    ];
    for (const [body, message] of cases) {
      const error = await failure(request(body));
      expect(error, String(body)).toMatchObject({ code: "VALIDATION", status: 400 });
      expect(error?.message, String(body)).toMatch(message);
    }
  });
});
