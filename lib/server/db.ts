import "server-only";
import { createClient, type TDb } from "@/lib/db/create-client";
import { env } from "./env";

export type { TDb, TDbOrTx, TTx } from "@/lib/db/create-client";

const globalForDb = globalThis as unknown as { interleaveDb?: TDb };

// One client per process: in development Next re-evaluates modules on every edit, and a new
// client each time would leak connections.
export const db: TDb = globalForDb.interleaveDb ?? createClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
if (env.NODE_ENV !== "production") globalForDb.interleaveDb = db;
