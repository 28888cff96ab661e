import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Drops the run's database. Playwright tears down in reverse order of setup, so this runs while the
 * webServer is still up: the script drops WITH (FORCE), closing the server's connections.
 */
export default function globalTeardown(): void {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) return;
  const webDir = path.resolve(import.meta.dirname, "../..");
  execFileSync(process.execPath, ["--import", "tsx", "e2e/support/database.ts", "drop", name], {
    cwd: webDir,
    stdio: "inherit",
  });
}
