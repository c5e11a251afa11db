// Error codes used across the server. Each maps to one HTTP status, so every route handler reports
// failures the same way:
//   VALIDATION    400  input failed a zod schema or a business rule
//   UNAUTHORIZED  401  no signed-in user where one is required
//   FORBIDDEN     403  signed in, but the role or ownership does not allow it
//   NOT_FOUND     404  the thing does not exist (or is hidden from this user)
//   METHOD_NOT_ALLOWED 405  the path exists but not for this HTTP method
//   CONFLICT      409  a unique value is taken (e.g. an email), or a replay does not match
//   PAYLOAD_TOO_LARGE  413  the request body is over the route's limit (lib/server/http/body-limits.ts)
//   UNSUPPORTED_MEDIA_TYPE 415  a JSON route got a body that is not `application/json`
//   RATE_LIMITED  429  too many attempts or requests; retry after the window (Retry-After says when)
//   INTERNAL      500  a bug; the message is generic
//   UNAVAILABLE   503  the database is busy or unreachable; retrying later can work
export const APP_ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type TAppErrorCode = keyof typeof APP_ERROR_STATUS;
export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly fields?: TFieldErrors;
  /** RATE_LIMITED: when the window ends; sent as Retry-After */
  readonly retryAfterSeconds?: number;

  constructor(code: TAppErrorCode, message: string, fields?: TFieldErrors, options: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** The error half of every JSON answer: `{ error: TActionError }`. */
export type TActionError = { code: TAppErrorCode; message: string; fields?: TFieldErrors };
