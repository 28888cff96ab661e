/** pnpm db:setup [--demo]: migrate and seed DATABASE_URL, or the embedded database when it is unset. */
import { createDatabase } from "@plan-tracker/db";
import { ensureAuthSecretFile } from "@plan-tracker/db/auth-secret";
import { setupDatabase } from "../setup";

const demo = process.argv.includes("--demo");
const db = createDatabase();
console.log(db.kind === "embedded" ? "Cơ sở dữ liệu nhúng (PGlite)" : "PostgreSQL (DATABASE_URL)");
// The embedded installation's session secret, so that the first `pnpm start` finds it ready.
if (db.kind === "embedded" && !process.env.AUTH_SECRET) ensureAuthSecretFile();
setupDatabase(db, { demo, log: (line) => console.log(line) })
  .then(() => db.close())
  .then(
    () => process.exit(0),
    async (error) => {
      console.error(error instanceof Error ? error.message : error);
      await db.close().catch(() => {});
      process.exit(1);
    },
  );
