import "server-only";
import { z } from "zod";

const ZQuestionParams = z.object({
  bank: z.string().regex(/^[a-z0-9-]{1,60}$/),
  number: z.string().regex(/^[1-9]\d{0,4}$/).transform(Number),
});

// Route params are untrusted input too: anything that is not a plain bank slug and a positive
// number is a 404, never a database query.
export function parseQuestionParams(params: { bank: string; number: string }): { bank: string; number: number } | null {
  const parsed = ZQuestionParams.safeParse(params);
  return parsed.success ? parsed.data : null;
}

export function parseBankParam(bank: string): string | null {
  return /^[a-z0-9-]{1,60}$/.test(bank) ? bank : null;
}
