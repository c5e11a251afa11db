import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

export function respondJson<T>(data: T, status = 200): NextResponse {
  return NextResponse.json({ data }, { status });
}

// Every failure has the same shape: { error: { code, message, fields? } }. Unknown errors are
// logged and reported generically so internals never reach the client.
export function respondError(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, fields: error.fields } }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side." } }, { status: 500 });
}

export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("VALIDATION", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("VALIDATION", `${where}${issue?.message ?? "invalid request"}`, parsed.error.flatten().fieldErrors as Record<string, string[]>);
  }
  return parsed.data;
}
