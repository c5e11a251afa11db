import "server-only";
import type { z } from "zod";
import type { TEndpoint } from "@/lib/contracts/endpoint";
import { AppError } from "@/lib/errors";
import { authenticateToken, type TTokenRequest } from "@/lib/server/auth/authenticate-token";
import { getActor } from "@/lib/server/auth/get-actor";
import { requireAuthor } from "@/lib/server/permissions/authoring";
import { requireActor, type TActor } from "@/lib/server/permissions/roles";
import { ACCOUNT_BODY_LIMIT, ANSWER_BODY_LIMIT, AUTHORING_BODY_LIMIT } from "./body-limits";
import { assertSameOrigin } from "./check-origin";
import { respondWithData } from "./respond-with-data";
import { parseJsonBody, parseWith } from "./parse-json-body";
import { respondError } from "./respond";

type TOut<S> = S extends z.ZodType ? z.output<S> : undefined;

export type TRouteInput<E extends TEndpoint> = {
  request: Request;
  /** null only where the endpoint needs no one signed in */
  actor: E["auth"] extends "none" ? null : TActor;
  /** the token a public API request came with */
  token: E["auth"] extends "token" ? TTokenRequest : null;
  params: TOut<E["params"]>;
  query: TOut<E["query"]>;
  body: TOut<E["body"]>;
};

/** What the operation returns: the endpoint's response (sent as `{ data }`), or a Response of its
 * own where the endpoint declares none (a download). */
export type TRouteResult<E extends TEndpoint> = E["response"] extends z.ZodType ? z.input<E["response"]> : Response;

type TNextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const BODY_LIMITS = { answer: ANSWER_BODY_LIMIT, account: ACCOUNT_BODY_LIMIT, authoring: AUTHORING_BODY_LIMIT } as const;

/** Every route handler under app/api is one call of this: parse the request against its endpoint
 * (lib/contracts), find who is asking, run the data-layer operation (which authorizes), respond.
 * A state-changing request signed in by cookie must come from this site (Origin); one signed by
 * a bearer token carries no ambient credential, so it is exempt. Every failure is
 * `{ error: { code, message } }` with the AppError's status. */
export function handleRoute<const E extends TEndpoint>(endpoint: E, operation: (input: TRouteInput<E>) => Promise<TRouteResult<E>>) {
  return async function route(request: Request, context: TNextContext): Promise<Response> {
    let token: TTokenRequest | null = null;
    try {
      let actor: TActor | null = null;
      if (endpoint.auth === "token") {
        token = await authenticateToken(request, endpoint.scope ?? "read");
        actor = token.actor;
      } else {
        if (endpoint.method !== "GET") assertSameOrigin(request);
        if (endpoint.auth === "session") actor = endpoint.role === "author" ? requireAuthor(await getActor()) : requireActor(await getActor());
      }
      const params = endpoint.params ? parseParams(endpoint, await context.params) : undefined;
      const query = endpoint.query ? parseWith(endpoint.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const body = endpoint.body ? await parseJsonBody(request, endpoint.body, { maxBytes: BODY_LIMITS[endpoint.bodyLimit ?? "answer"], checkOrigin: false }) : undefined;
      const result = await operation({ request, actor, token, params, query, body } as TRouteInput<E>);
      if (result instanceof Response) return result;
      return respondWithData(request, result, { status: statusOf(endpoint, result), headers: rateLimitHeaders(token) });
    } catch (error) {
      const response = respondError(error);
      for (const [name, value] of Object.entries(rateLimitHeaders(token))) response.headers.set(name, value);
      return response;
    }
  };
}

function parseParams(endpoint: TEndpoint, raw: Record<string, unknown>): unknown {
  const parsed = endpoint.params!.safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND", endpoint.notFound ?? parsed.error.issues[0]?.message ?? "Not found.");
  return parsed.data;
}

// A replayed idempotency key, or a save that changed nothing, stored nothing new: 200, not 201.
function statusOf(endpoint: TEndpoint, result: unknown): number {
  const status = endpoint.status ?? 200;
  if (!endpoint.replayable || typeof result !== "object" || result === null) return status;
  return ("replayed" in result && result.replayed === true) || ("unchanged" in result && result.unchanged === true) ? 200 : status;
}

function rateLimitHeaders(token: TTokenRequest | null): Record<string, string> {
  if (!token) return {};
  return {
    "x-ratelimit-limit": String(token.rateLimit.limit),
    "x-ratelimit-remaining": String(token.rateLimit.remaining),
    "x-ratelimit-reset": String(token.rateLimit.resetSeconds),
  };
}
