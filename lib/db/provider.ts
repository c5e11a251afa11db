// Which database a URL points at. Pure, so the Prisma CLI config, scripts and the app agree.
export type TProvider = "sqlite" | "postgresql";

export function readProvider(url: string): TProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL), got "${url.slice(0, 24)}…"`);
}

export const DEFAULT_DATABASE_URL = "file:./data/interleave.db";
