// `npm run db:migrate`: applies the committed migrations of whichever database DATABASE_URL
// names (SQLite by default).
import { applyMigrations } from "./apply-migrations";

applyMigrations(process.env.DATABASE_URL);
