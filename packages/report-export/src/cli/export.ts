/** `pnpm report:export --plan 182/KH-UBND --year 2026 --out DIR` (see ./run-export.ts). */
import { createDatabase } from "@plan-tracker/db";
import { closePdfBrowsers } from "../pdf/render-pdf";
import { runExport } from "./run-export";

const code = await runExport(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) },
  async () => createDatabase(),
  // pnpm runs the script in this package's folder; INIT_CWD is where the user typed the command.
  { cwd: process.env.INIT_CWD ?? process.cwd() },
);
// The PDF's shared Chromium would keep the command running after its work is done.
await closePdfBrowsers();
process.exitCode = code;
