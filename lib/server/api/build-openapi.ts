import "server-only";
import { z } from "zod";
import { createDocument, type oas31, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { API_V1 } from "@/lib/contracts/api-v1";
import type { TEndpoint } from "@/lib/contracts/endpoint";
import { APP_ERROR_STATUS, type TAppErrorCode } from "@/lib/errors";
import { AUTHORING_BODY_LIMIT, formatBytes, ANSWER_BODY_LIMIT } from "@/lib/server/http/body-limits";
import { API_PER_TOKEN } from "@/lib/server/data/rate-limits/hit-rate-limit";

const ERROR_MEANING: Record<TAppErrorCode, string> = {
  VALIDATION: "the request failed its schema or a rule; the message says what and where",
  UNAUTHORIZED: "no token, or one that was revoked or never existed",
  FORBIDDEN: "the token lacks the scope, or its user may not do this",
  NOT_FOUND: "nothing by that id (or hidden from this user)",
  METHOD_NOT_ALLOWED: "not for this method",
  CONFLICT: "the state changed underneath: already answered, not due, a newer version, a reused idempotency key",
  PAYLOAD_TOO_LARGE: "the body is over the operation's limit",
  UNSUPPORTED_MEDIA_TYPE: "the body is not sent as application/json",
  RATE_LIMITED: "over the token's requests per minute; Retry-After says when to try again",
  INTERNAL: "a bug on our side; the message is generic",
  UNAVAILABLE: "the database is busy or unreachable; retrying later can work",
};

const ZError = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(APP_ERROR_STATUS) as [TAppErrorCode, ...TAppErrorCode[]]),
      message: z.string().meta({ description: "for people: what went wrong and what to do" }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "messages per body field, where a field is at fault" }),
    }),
  })
  .meta({ id: "Error" });

const integer = { schema: { type: "integer" as const } };
const HEADERS = {
  RateLimitLimit: { description: "requests this token may make per minute", ...integer },
  RateLimitRemaining: { description: "requests left in this minute", ...integer },
  RateLimitReset: { description: "seconds until the minute ends", ...integer },
  RetryAfter: { description: "seconds until the token's minute ends", ...integer },
  ETag: { description: "a weak tag over the body; send it back as If-None-Match", schema: { type: "string" as const } },
};
const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
const RATE_LIMIT_HEADERS = { "X-RateLimit-Limit": ref("RateLimitLimit"), "X-RateLimit-Remaining": ref("RateLimitRemaining"), "X-RateLimit-Reset": ref("RateLimitReset") };

function errorCodesOf(endpoint: TEndpoint): TAppErrorCode[] {
  const codes = new Set<TAppErrorCode>(endpoint.errors ?? []);
  if (endpoint.auth === "token") ["UNAUTHORIZED", "FORBIDDEN", "RATE_LIMITED"].forEach((c) => codes.add(c as TAppErrorCode));
  if (endpoint.params) codes.add("NOT_FOUND");
  if (endpoint.query || endpoint.body) codes.add("VALIDATION");
  if (endpoint.body) ["PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE"].forEach((c) => codes.add(c as TAppErrorCode));
  codes.add("UNAVAILABLE");
  return [...codes];
}

function responsesOf(endpoint: TEndpoint): ZodOpenApiResponsesObject {
  const headers = endpoint.auth === "token" ? RATE_LIMIT_HEADERS : undefined;
  const status = endpoint.status ?? 200;
  const content = endpoint.response
    ? { "application/json": { schema: z.object({ data: endpoint.response }) } }
    : { "application/json": { schema: z.object({}).catchall(z.unknown()) } };
  const responses: ZodOpenApiResponsesObject = {
    [status]: {
      description: status === 201 ? "Created" : "OK",
      headers: endpoint.method === "GET" ? { ...headers, ETag: ref("ETag") } : headers,
      content,
    },
  };
  if (endpoint.replayable && status === 201)
    responses["200"] = { description: "Nothing new was stored: the idempotency key was seen before (or the save changed nothing)", headers, content };
  if (endpoint.method === "GET") responses["304"] = { description: "Not modified: If-None-Match holds the current ETag", headers };
  const byStatus = new Map<number, TAppErrorCode[]>();
  for (const code of errorCodesOf(endpoint)) byStatus.set(APP_ERROR_STATUS[code], [...(byStatus.get(APP_ERROR_STATUS[code]) ?? []), code]);
  for (const [code, codes] of byStatus) {
    responses[`${code}` as `${1 | 2 | 3 | 4 | 5}${string}`] = {
      description: codes.map((c) => `${c}: ${ERROR_MEANING[c]}`).join("; "),
      headers: code === 429 ? { "Retry-After": ref("RetryAfter") } : undefined,
      content: { "application/json": { schema: ZError } },
    };
  }
  return responses;
}

function operationOf(operationId: string, endpoint: TEndpoint): ZodOpenApiOperationObject {
  return {
    operationId,
    summary: endpoint.summary,
    description: [endpoint.description, endpoint.scope ? `Scope: \`${endpoint.scope}\`.` : "No token needed."].filter(Boolean).join("\n\n"),
    tags: endpoint.tag ? [endpoint.tag] : undefined,
    security: endpoint.auth === "token" ? [{ token: [endpoint.scope ?? "read"] }] : [],
    requestParams: { ...(endpoint.params ? { path: endpoint.params } : {}), ...(endpoint.query ? { query: endpoint.query } : {}) },
    requestBody: endpoint.body ? { required: true, content: { "application/json": { schema: endpoint.body } } } : undefined,
    responses: responsesOf(endpoint),
  };
}

const DESCRIPTION = `Interleave's public API: banks and questions, quizzes, attempts, the spaced-repetition review and progress, and for authors, draft versions and publishing.

**Tokens.** Every operation but this document needs a personal access token, made on /settings and sent as \`Authorization: Bearer ilt_…\`. A token has scopes: \`read\` (GETs), \`write\` (the user's own quizzes, attempts and reviews), \`author\` (drafts and publishing; authors and admins). Session cookies are not accepted here.

**Limits.** ${API_PER_TOKEN.limit} requests per token per minute, then 429 with Retry-After; X-RateLimit-* headers on every answer. Bodies up to ${formatBytes(ANSWER_BODY_LIMIT)} (${formatBytes(AUTHORING_BODY_LIMIT)} for a question version).

**Answers.** Success is \`{ "data": … }\`; failure is \`{ "error": { "code", "message" } }\` with the status of its code. Lists are pages: \`{ items, nextCursor }\`, in a stable order; pass nextCursor as \`cursor\` for the next page. GETs carry an ETag; send it as If-None-Match to get a 304 when nothing changed. Answers carry a client-made idempotency key: sending the same one again replays the first result (200) instead of storing twice.`;

let built: oas31.OpenAPIObject | null = null;

/** The OpenAPI 3.1 document of /api/v1, generated once per process from API_V1. */
export function buildOpenApi(): oas31.OpenAPIObject {
  if (built) return built;
  const paths: ZodOpenApiPathsObject = {};
  for (const [operationId, endpoint] of Object.entries(API_V1) as [string, TEndpoint][]) {
    const method = endpoint.method.toLowerCase() as "get" | "post" | "put" | "delete";
    paths[endpoint.path] = { ...paths[endpoint.path], [method]: operationOf(operationId, endpoint) };
  }
  built = createDocument({
    openapi: "3.1.0",
    info: { title: "Interleave API", version: "1.0.0", description: DESCRIPTION, license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "/", description: "this site" }],
    tags: ["Account", "Banks", "Questions", "Quizzes", "Attempts", "Review", "Progress", "Authoring"].map((name) => ({ name })),
    components: { headers: HEADERS, securitySchemes: { token: { type: "http", scheme: "bearer", description: "A personal access token from /settings" } } },
    paths,
  });
  return built;
}
