import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/server/generated/postgresql/client";
import { createAdapter, type TAdapterOptions } from "./adapters";
import { readProvider } from "./provider";

// Both generated clients come from one model file, so their query APIs are the same; the
// SQLite client's type is the one the code is written against.
export type TDb = InstanceType<typeof SqliteClient>;

export function createClient(url: string, options: TAdapterOptions = {}): TDb {
  const provider = readProvider(url);
  switch (provider) {
    case "sqlite":
      return new SqliteClient({ adapter: createAdapter(url, options) as never });
    case "postgresql":
      return new PostgresClient({ adapter: createAdapter(url, options) as never }) as unknown as TDb;
  }
}

/** The client inside an interactive transaction. */
export type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
/** Either: reads that work in and out of a transaction take this. */
export type TDbOrTx = TDb | TTx;
