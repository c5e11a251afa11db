import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { DEFAULT_DATABASE_URL, readProvider } from "../../lib/db/provider";

const root = join(__dirname, "..", "..");

export function applyMigrations(url: string | undefined, quiet = false): void {
  const databaseUrl = url ?? DEFAULT_DATABASE_URL;
  const provider = readProvider(databaseUrl);
  execFileSync(process.execPath, [join(root, "node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (!quiet) console.log(`migrations applied (${provider})`);
}
