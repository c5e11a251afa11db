import { join } from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapter } from "./lib/db/adapters";
import { DEFAULT_DATABASE_URL, readProvider } from "./lib/db/provider";

// One config for both databases: DATABASE_URL picks the schema, its migrations and the driver
// adapter, and the JavaScript schema engine keeps every CLI command offline.
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
process.env.DATABASE_URL = url;
const provider = readProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: join("prisma", provider, "schema.prisma"),
  migrations: { path: join("prisma", provider, "migrations") },
  adapter: async () => createAdapter(url),
});
