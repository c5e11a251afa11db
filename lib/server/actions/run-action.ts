import "server-only";
import type { z } from "zod";
import { AppError, toActionError, type TActionResult } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/get-actor";
import type { TActor } from "@/lib/server/permissions/roles";

/** The body of every server action: parse the untrusted input with its schema, read who is
 * asking, run the data-layer operation (which authorizes), and answer `{ ok, data | error }`.
 * Nothing the operation throws escapes as a 500: an unexpected error is logged and reported
 * generically. */
export async function runAction<TSchema extends z.ZodType, TData>(
  schema: TSchema,
  input: unknown,
  operation: (options: { actor: TActor | null; input: z.infer<TSchema> }) => Promise<TData>,
): Promise<TActionResult<TData>> {
  try {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      const fields: Record<string, string[]> = {};
      for (const each of parsed.error.issues) (fields[each.path.join(".") || "_"] ??= []).push(each.message);
      throw new AppError("VALIDATION", `${where}${issue?.message ?? "invalid input"}`, fields);
    }
    return { ok: true, data: await operation({ actor: await getActor(), input: parsed.data }) };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(error);
    return { ok: false, error: toActionError(error) };
  }
}
