import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";

export function respondJson<T>(data: T, status = 200): NextResponse {
  return NextResponse.json({ data }, { status });
}

// Prisma's codes for a database that is busy (a locked SQLite file past its busy timeout, a
// transaction that could not start in time) or out of reach (PostgreSQL down, pool exhausted):
// the request may work later, so a 503, not a 500.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

// Every failure has the same shape: { error: { code, message, fields? } }. Unknown errors are
// logged and reported generically so internals never reach the client.
export function respondError(error: unknown): NextResponse {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) {
    console.error(error);
    error = new AppError("UNAVAILABLE", "The database is busy right now; try again in a moment.");
  }
  if (error instanceof AppError) {
    const response = NextResponse.json({ error: { code: error.code, message: error.message, fields: error.fields } }, { status: error.status });
    if (error.retryAfterSeconds !== undefined) response.headers.set("retry-after", String(Math.max(1, error.retryAfterSeconds)));
    return response;
  }
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500 });
}

// Routes import the body parser from here too; it lives in its own file with its limits.
export { parseJsonBody } from "./parse-json-body";
