// `npm run db:migrate`: applies the committed migrations of whichever database DATABASE_URL
// names (SQLite by default).
import { applyMigrations, MigrationBlockedError } from "./apply-migrations";

try {
  applyMigrations(process.env.DATABASE_URL);
} catch (error) {
  if (!(error instanceof MigrationBlockedError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
