/**
 * `pnpm plan:import [--dry-run] FILE`. A dry run parses against the seed's organizations (a relative
 * import the command line may make; the library takes the directory as a parameter); creation uses the
 * database named by DATABASE_URL, or the embedded one.
 */

import { createDatabase } from "@plan-tracker/db";
import { runImport } from "./run-import";

const code = await runImport(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  async () => (await import("@plan-tracker/prisma/data/organizations")).organizations,
  async () => createDatabase(),
);
process.exitCode = code;
