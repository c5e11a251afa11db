import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/provider";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

// Read once and validated, so a typo in the environment fails at start-up with a message
// instead of surfacing as an odd error deep inside a request.
export const env = ZEnv.parse(process.env);
