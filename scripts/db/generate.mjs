// Generates the Prisma client for both providers (postinstall). Both are needed at run time:
// DATABASE_URL picks one when the app starts.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, [join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    cwd: root,
    env: { ...process.env, DATABASE_URL: provider === "sqlite" ? "file:./data/generate-only.db" : "postgresql://localhost/generate-only", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("prisma: generated clients for sqlite and postgresql");
