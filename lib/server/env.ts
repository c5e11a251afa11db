import "server-only";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/db/provider";

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  /** PostgreSQL connections per app server process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** The public URL; its origin is accepted as `Origin` on state-changing requests. */
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Requests each personal access token may make to /api/v1 per minute. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Heap limit of each sandbox worker thread that grades predictions. */
  SANDBOX_THREAD_MEMORY_MB: z.coerce.number().int().min(32).max(4096).default(256),
});

// Read once and validated, so a typo in the environment fails at start-up with a message
// instead of surfacing as an odd error deep inside a request. The serving layer
// (scripts/serve/server.mjs) reads its own settings before Next starts: PORT, HOSTNAME,
// MICRO_CACHE_SECONDS and TRUSTED_PROXIES; the app sees their effect, never the variables.
export const env = ZEnv.parse(process.env);

// `npm start` always provides a secret; `npm run dev` and tests may run without one.
export const authSecret = env.NEXTAUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : "interleave-development-only-secret");
