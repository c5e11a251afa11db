// fast-check-driven requests against every route (scripts/fuzz/routes.ts): each case takes a
// route's well-formed request, as some actor (anonymous, a learner, another learner, an author, an
// admin, a forged session), and breaks it one way: a field of the wrong type, a huge or hostile
// string, a lone surrogate, a missing or extra field, another body altogether, bytes that are
// not UTF-8, a body over the limit, deep nesting, the wrong content type, a cross-site Origin, an
// id that is not one, percent-encoding that does not decode, or someone else's id. Two
// properties: no response is a 5xx (or no response at all), and a request the server refused
// changed no row of any table.
import fc from "fast-check";
import { changedTables, type TFingerprint, type TSnapshot } from "./db-fingerprint";
import type { TActor, TContext } from "./fuzz-context";
import type { TRawRequest, TRawResponse } from "./http";
import { ROUTES, type TRoute } from "./routes";

/** Tables a refused request may write: per-address and per-account attempt counters. */
const MAY_CHANGE_WHEN_REFUSED = new Set(["RateLimitHit"]);

const HOSTILE_STRINGS = [
  "",
  " ",
  "\ud800",
  "a\udfffb",
  "\u0000",
  "nul\u0000inside",
  "\u202eevil",
  "𝕏𝕐",
  "é",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "../../../etc/passwd",
  "%ff%fe",
  "' OR 1=1 --",
  "${{7*7}}",
  "__proto__",
  "constructor",
  "x".repeat(501),
  "x".repeat(70_000),
  "🙂".repeat(5_000),
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(-1, 0, -0, 1.5, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 4 }),
  fc.constant({ __proto__: { admin: true } }),
);

const OTHER_SEGMENTS = ["%ff%fe", "%ED%A0%80", "%00", "%2e%2e", "..", "x".repeat(300), "%E2%80%AE", "abc%", "%zz", "1e9", "-1", "🙂"];

type TBreak =
  | { how: "replace field"; field: string; value: unknown }
  | { how: "drop field"; field: string }
  | { how: "extra field"; value: unknown }
  | { how: "other body"; value: unknown }
  | { how: "bytes"; bytes: Uint8Array }
  | { how: "truncated" }
  | { how: "too large"; bytes: number }
  | { how: "deep"; depth: number }
  | { how: "content type"; type: string | null }
  | { how: "cross-site" }
  | { how: "path segment"; segment: string }
  | { how: "someone else's id" }
  | { how: "query"; value: string }
  | { how: "none" };

const breakArb: fc.Arbitrary<TBreak> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ how: fc.constant("replace field" as const), field: fc.string({ maxLength: 1 }), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("drop field" as const), field: fc.string({ maxLength: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ how: fc.constant("extra field" as const), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("other body" as const), value: fc.oneof(hostileValue, fc.jsonValue({ maxDepth: 3 })) }) },
  { weight: 1, arbitrary: fc.record({ how: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.constant({ how: "truncated" as const }) },
  { weight: 1, arbitrary: fc.record({ how: fc.constant("too large" as const), bytes: fc.constantFrom(70 * 1024, 1100 * 1024) }) },
  { weight: 1, arbitrary: fc.record({ how: fc.constant("deep" as const), depth: fc.constantFrom(64, 5_000) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      how: fc.constant("content type" as const),
      type: fc.constantFrom(null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx"),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ how: "cross-site" as const }) },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("path segment" as const), segment: fc.oneof(fc.constantFrom(...OTHER_SEGMENTS), hostileString.map(encodeLoosely)) }) },
  { weight: 1, arbitrary: fc.constant({ how: "someone else's id" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      how: fc.constant("query" as const),
      value: fc.oneof(fc.constantFrom("%ff", "a=1&a=2", "ref=card:%00", "data=attempts&format=xml", "bank[]=x", "from=0&to=99999999"), hostileString.map(encodeLoosely)),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ how: "none" as const }) },
);

/** Percent-encodes what encodeURIComponent can, and a lone surrogate as the bytes CESU would use. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((c) =>
        /[\ud800-\udfff]/.test(c) ? `%ED%${(0xa0 + ((c.charCodeAt(0) >> 6) & 0x1f)).toString(16)}%${(0x80 + (c.charCodeAt(0) & 0x3f)).toString(16)}` : encodeURIComponent(c),
      )
      .join("");
  }
}

function nested(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${"]}".repeat(depth)}`;
}

function applyBreak(ctx: TContext, route: TRoute, request: TRawRequest, broken: TBreak): TRawRequest {
  const json = request.headers["content-type"] === "application/json";
  const body = request.body && json ? (JSON.parse(request.body.toString("utf8")) as Record<string, unknown>) : undefined;
  const fields = route.fields ?? [];
  const pick = (seed: string) => fields[(seed.charCodeAt(0) || 0) % Math.max(1, fields.length)];
  const withBody = (text: string | Buffer): TRawRequest => ({
    ...request,
    headers: { ...request.headers, "content-type": request.headers["content-type"] ?? "application/json" },
    body: typeof text === "string" ? Buffer.from(text) : text,
  });
  const segments = request.path.split("?")[0]!.split("/");
  const idAt = segments.findIndex((s, i) => i > 1 && /^[A-Za-z0-9_-]{16,}$/.test(s));
  switch (broken.how) {
    case "replace field": {
      const field = pick(broken.field);
      return field && body ? withBody(JSON.stringify({ ...body, [field]: broken.value })) : withBody(JSON.stringify(broken.value));
    }
    case "drop field": {
      const field = pick(broken.field);
      if (!field || !body) return request;
      const { [field]: _dropped, ...rest } = body;
      return withBody(JSON.stringify(rest));
    }
    case "extra field":
      return withBody(JSON.stringify({ ...(body ?? {}), unexpected: broken.value }));
    case "other body":
      return withBody(JSON.stringify(broken.value) ?? "null");
    case "bytes":
      return withBody(Buffer.concat([Buffer.from('{"x":"'), Buffer.from(broken.bytes), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]));
    case "truncated":
      return withBody((request.body?.toString("utf8") ?? '{"a":1}').slice(0, -3));
    case "too large":
      return withBody(JSON.stringify({ ...(body ?? {}), [pick("a") ?? "x"]: "y".repeat(broken.bytes) }));
    case "deep":
      return withBody(nested(broken.depth));
    case "content type": {
      const { "content-type": _type, ...headers } = request.headers;
      return { ...request, headers: broken.type ? { ...headers, "content-type": broken.type } : headers, body: request.body ?? Buffer.from("{}") };
    }
    case "cross-site":
      return { ...request, headers: { ...request.headers, origin: "https://evil.example", "sec-fetch-site": "cross-site" } };
    case "path segment": {
      if (idAt < 0) return { ...request, path: `${request.path.split("?")[0]}/${broken.segment}` };
      segments[idAt] = broken.segment;
      return { ...request, path: segments.join("/") + (request.path.includes("?") ? `?${request.path.split("?")[1]}` : "") };
    }
    case "someone else's id": {
      const theirs = ctx.actors.other.quiz?.active ?? "none";
      if (idAt >= 0) {
        segments[idAt] = theirs;
        return { ...request, path: segments.join("/") };
      }
      return body
        ? withBody(
            JSON.stringify({
              ...body,
              ...(body.ref ? { ref: ctx.actors.other.review?.ref } : {}),
              ...(body.logId ? { logId: ctx.actors.other.review?.logId } : {}),
              ...(body.questionId ? { questionId: theirs } : {}),
            }),
          )
        : request;
    }
    case "query":
      return { ...request, path: `${request.path.split("?")[0]}?${broken.value}` };
    case "none":
      return request;
  }
}

export type TFuzzFailure = { route: string; actor: string; broken: string; status: number; detail: string };

export type TFuzzReport = {
  sent: number;
  byStatus: Map<number, number>;
  /** 5xx, or no answer at all */
  serverErrors: TFuzzFailure[];
  /** refused (4xx), yet a table changed */
  rejectedWrites: TFuzzFailure[];
  /** requests Node itself would not send (a header with a newline); not counted as sent */
  notSent: number;
  ms: number;
};

const ACTORS = ["anonymous", "learner", "other", "author", "admin", "bogus"] as const;

export async function runFuzz(options: { ctx: TContext; fingerprint: TFingerprint; requests: number; seed: number; log?: (line: string) => void }): Promise<TFuzzReport> {
  const { ctx, fingerprint } = options;
  const report: TFuzzReport = { sent: 0, byStatus: new Map(), serverErrors: [], rejectedWrites: [], notSent: 0, ms: 0 };
  const started = performance.now();
  let baseline: TSnapshot = await fingerprint.snapshot();
  await fingerprint.unchangedSinceLastLook();
  const describe = (broken: TBreak) =>
    JSON.stringify(broken, (_k, v: unknown) => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v instanceof Uint8Array ? `bytes(${v.length})` : v));

  const property = fc.asyncProperty(fc.integer({ min: 0, max: ROUTES.length - 1 }), fc.constantFrom(...ACTORS), breakArb, async (routeIndex, actorName, broken) => {
    const route = ROUTES[routeIndex]!;
    const actor: TActor = ctx.actors[actorName];
    const built = await route.build(ctx, actor);
    // Some requests are built by making what they act on first (a quiz to finish, a token to
    // revoke): those writes are the setup's, so the baseline moves past them.
    if (!(await fingerprint.unchangedSinceLastLook())) {
      baseline = await fingerprint.snapshot();
      await fingerprint.unchangedSinceLastLook();
    }
    const request = applyBreak(ctx, route, built, broken);
    const res: TRawResponse = await ctx.as(actor, request);
    if (res.status === -1) {
      report.notSent++;
      return true;
    }
    report.sent++;
    report.byStatus.set(res.status, (report.byStatus.get(res.status) ?? 0) + 1);
    const failure = (detail: string): TFuzzFailure => ({ route: route.name, actor: actor.name, broken: describe(broken), status: res.status, detail });
    if (res.status >= 500 || res.status === 0) report.serverErrors.push(failure(res.error ?? res.text.slice(0, 300)));
    const changed = !(await fingerprint.unchangedSinceLastLook());
    if (changed) {
      const now = await fingerprint.snapshot();
      if (res.status >= 400) {
        const tables = changedTables(baseline, now, MAY_CHANGE_WHEN_REFUSED);
        if (tables.length) report.rejectedWrites.push(failure(`changed: ${tables.join(", ")}`));
      }
      baseline = now;
      await fingerprint.unchangedSinceLastLook();
    }
    if (res.status < 300 && route.after) {
      if (route.name === "POST /api/me/password" && request.body) actor.pendingPassword = (JSON.parse(request.body.toString("utf8")) as { newPassword: string }).newPassword;
      await route.after(ctx, actor);
      baseline = await fingerprint.snapshot();
      await fingerprint.unchangedSinceLastLook();
    }
    if (report.sent % 500 === 0) options.log?.(`${report.sent} requests, ${report.serverErrors.length} ≥ 500, ${report.rejectedWrites.length} refused with rows changed`);
    return true;
  });
  // Every case runs (the property records failures rather than stopping at the first), so the
  // report counts all of them; the seed makes a run repeatable.
  await fc.assert(property, { numRuns: options.requests, seed: options.seed, endOnFailure: true });
  report.ms = performance.now() - started;
  return report;
}
