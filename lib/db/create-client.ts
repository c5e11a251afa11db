import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/server/generated/postgresql/client";
import { createAdapter, SQLITE_BUSY_TIMEOUT_MS, type TAdapterOptions } from "./adapters";
import { readProvider } from "./provider";

// Both generated clients come from one model file, so their query APIs are the same; the
// SQLite client's type is the one the code is written against.
export type TDb = InstanceType<typeof SqliteClient>;

// Prisma gives up on starting an interactive transaction after 2 s by default. SQLite runs one
// transaction at a time per process, so under load a request can queue longer than that and
// would fail with a 500 while the database is merely busy; it waits as long as SQLite itself
// waits for another process's write lock instead.
const transactionOptions = { maxWait: SQLITE_BUSY_TIMEOUT_MS, timeout: SQLITE_BUSY_TIMEOUT_MS };

export function createClient(url: string, options: TAdapterOptions = {}): TDb {
  const provider = readProvider(url);
  switch (provider) {
    case "sqlite":
      return new SqliteClient({ adapter: createAdapter(url, options) as never, transactionOptions });
    case "postgresql":
      return new PostgresClient({ adapter: createAdapter(url, options) as never, transactionOptions }) as unknown as TDb;
  }
}

/** The client inside an interactive transaction. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
/** Either: reads that work in and out of a transaction take this. */
export type TDbOrTx = TDb | TTx;
