/** `pnpm period:open --plan NUMBER --period KEY` against DATABASE_URL, or the embedded database. */

import { createDatabase } from "@plan-tracker/db";
import { runOpenPeriod } from "./run-open";

const code = await runOpenPeriod(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  async () => createDatabase(),
);
process.exitCode = code;
