// One HTTP endpoint as every side sees it: the route handler parses with its schemas
// (lib/server/http/handle-route.ts), the OpenAPI document is generated from them
// (lib/server/api/build-openapi.ts), and the browser's typed client (lib/client/request-json.ts)
// takes its request and response types from them. Only types come from zod here, so a client
// component that imports this file ships no zod.
import type { z } from "zod";
import type { TAppErrorCode } from "@/lib/errors";

export type THttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** What a personal access token may do: read anything the user may see, write the user's own
 * learning (quizzes, attempts, reviews), author questions (authors and admins only). */
export const API_SCOPES = ["read", "write", "author"] as const;
export type TApiScope = (typeof API_SCOPES)[number];

/** A route's method and path, with path parameters as `{name}` (OpenAPI's template). */
export type TRoute = { method: THttpMethod; path: string };

export type TEndpoint = TRoute & {
  /** none: anyone; session: the app's own pages, by the session cookie; token: the public API,
   * by `Authorization: Bearer <personal access token>` carrying `scope` */
  auth: "none" | "session" | "token";
  scope?: TApiScope;
  /** author: a signed-in learner is refused (403) before the request is read any further */
  role?: "author";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** absent: the handler answers with its own Response (a download) */
  response?: z.ZodType;
  /** the success status; 201 for creations */
  status?: 200 | 201;
  /** a replayed idempotency key (or an unchanged save) answers 200 instead of 201 */
  replayable?: boolean;
  /** which body limit applies (lib/server/http/body-limits.ts); answer when absent */
  bodyLimit?: "answer" | "account" | "authoring";
  /** a path parameter that fails its schema names nothing that exists: this 404's message */
  notFound?: string;
  summary: string;
  description?: string;
  tag?: string;
  /** the failures worth documenting besides those every endpoint of its kind can give */
  errors?: readonly TAppErrorCode[];
};

export function defineEndpoint<const T extends TEndpoint>(endpoint: T): T {
  return endpoint;
}

type TPart<E, K extends "params" | "query" | "body"> = E extends { [P in K]: infer S extends z.ZodType } ? { [P in K]: z.input<S> } : { [P in K]?: never };

/** What a caller sends: path parameters, query and body, each present when the endpoint has one. */
export type TEndpointInput<E> = TPart<E, "params"> & TPart<E, "query"> & TPart<E, "body">;
/** What the endpoint answers inside `{ data }`. */
export type TEndpointOutput<E> = E extends { response: infer S extends z.ZodType } ? z.output<S> : never;

/** Fills `{name}` in a path template with encoded parameters. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
