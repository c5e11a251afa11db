// The integration suite runs once per database; scripts/test.mjs sets DATABASE_URL to a fresh
// SQLite file or a fresh PostgreSQL database before Vitest starts.
import { readProvider } from "@/lib/db/provider";

export function currentProvider() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the integration suite through `npm test`.");
  return readProvider(url);
}

let counter = 0;
export function uniqueSlug(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}
