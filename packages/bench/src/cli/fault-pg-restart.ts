/**
 * pnpm fault:pg-restart [--clients 8] [--seconds 20] [--fault-after 5] [--down 3] [--think-ms 100]
 *
 * PostgreSQL restarted in the middle of a save load (faults/pg-restart.ts), against the production build
 * in NEXT_DIST_DIR (default .next; build it first), on port FAULT_PORT (3316) with its own PostgreSQL
 * cluster on FAULT_PG_PORT (5499). Prints one `fault.*=value` line per figure on stdout, progress on
 * stderr, and exits 1 when a save was lost or duplicated, an error fell outside the outage, an outage
 * answer was not a clear 503, or the server did not recover by itself.
 */
import { DEFAULTS, runPgRestart } from "../faults/pg-restart";
import { option } from "./args";

const args = process.argv.slice(2);
const number = (name: string, fallback: number) => {
  const value = Number(option(args, name) ?? fallback);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} must be a number, got ${option(args, name)}`);
  return value;
};

runPgRestart({
  ...DEFAULTS,
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  port: Number(process.env.FAULT_PORT ?? DEFAULTS.port),
  pgPort: Number(process.env.FAULT_PG_PORT ?? DEFAULTS.pgPort),
  clients: number("clients", DEFAULTS.clients),
  seconds: number("seconds", DEFAULTS.seconds),
  faultAfter: number("fault-after", DEFAULTS.faultAfter),
  down: number("down", DEFAULTS.down),
  thinkMs: number("think-ms", DEFAULTS.thinkMs),
  log: (line) => console.error(`# ${line}`),
}).then(
  ({ figures, failures, samples }) => {
    for (const [name, value] of Object.entries(figures)) console.log(`${name}=${value}`);
    for (const line of samples) console.error(`# sample: ${line}`);
    for (const line of failures) console.error(`# FAILED: ${line}`);
    console.log(`fault.passed=${failures.length === 0 ? 1 : 0}`);
    process.exit(failures.length === 0 ? 0 : 1);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
