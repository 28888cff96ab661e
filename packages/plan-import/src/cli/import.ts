/**
 * `pnpm plan:import --dry-run FILE`: parse a plan document and print it as JSON. The default directory is
 * the seed's organizations (a relative import the command line may make; the library takes the directory
 * as a parameter).
 */

import { runImport } from "./run-import";

const code = await runImport(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  async () => (await import("../../../../prisma/seed/data/organizations")).organizations,
);
process.exitCode = code;
