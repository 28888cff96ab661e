import { start } from "../measure/server";
import { createDemoCluster, type DemoCluster, withClient } from "./demo-database";
import { type Attempt, prepareClients, runClients, verifySaves } from "./save-clients";

export interface PgRestartOptions {
  /** The Next build to run (`next build` with this NEXT_DIST_DIR first). */
  distDir: string;
  port: number;
  pgPort: number;
  clients: number;
  seconds: number;
  /** Seconds of load before PostgreSQL is stopped. */
  faultAfter: number;
  /** Seconds PostgreSQL stays down before it is started again. */
  down: number;
  thinkMs: number;
  /** Answers this long after PostgreSQL is back still count as the outage's (pool reconnecting). */
  graceMs: number;
  log: (line: string) => void;
}

export const DEFAULTS: Omit<PgRestartOptions, "distDir" | "log"> = {
  port: 3316,
  pgPort: 5499,
  clients: 8,
  seconds: 20,
  faultAfter: 5,
  down: 3,
  thinkMs: 100,
  graceMs: 2000,
};

export type Figures = Record<string, number>;

export interface PgRestartResult {
  figures: Figures;
  /** What broke a promise of the fault test, in words; empty when it passed. */
  failures: string[];
  samples: string[];
}

/**
 * PostgreSQL restarted in the middle of a save load: an own cluster, migrated and seeded with the demo,
 * `next start` on it, `clients` agency users saving, PostgreSQL stopped (fast: connections cut) after
 * `faultAfter` s and started again `down` s later, the load kept up to the end, then every save checked.
 * A `shared` cluster (a test's, already seeded) is used as it is and left running.
 */
export async function runPgRestart(
  options: PgRestartOptions,
  shared?: DemoCluster,
): Promise<PgRestartResult> {
  const { log } = options;
  const { cluster, databaseUrl } = shared ?? (await createDemoCluster(options.pgPort, log));
  let server: Awaited<ReturnType<typeof start>> | null = null;
  try {
    log(`next start (${options.distDir}) on port ${options.port}`);
    server = await start({ distDir: options.distDir, port: options.port, databaseUrl });
    const clients = await withClient(databaseUrl, (c) => prepareClients(c, options.clients));

    // One save each first, so the first requests' warm-up (route compiled on first use, pools filled)
    // is over before the clock starts; these saves are checked with the others.
    const warmUp = await runClients(server.baseUrl, clients, {
      until: Number.POSITIVE_INFINITY,
      thinkMs: 0,
      attempts: 1,
    });
    const t0 = performance.now();
    const load = runClients(server.baseUrl, clients, {
      until: t0 + options.seconds * 1000,
      thinkMs: options.thinkMs,
    });
    await sleep(options.faultAfter * 1000);
    const stopAt = performance.now();
    log("pg_ctl stop -m fast");
    await cluster.stop();
    await sleep(options.down * 1000);
    log("pg_ctl start");
    await cluster.start();
    const upAt = performance.now();
    const attempts = [...warmUp, ...(await load)];
    const integrity = await withClient(databaseUrl, (c) => verifySaves(c, attempts));
    const serverErrors = server.errorLines();

    const window = { from: stopAt, to: upAt + options.graceMs };
    const inOutage = (a: Attempt) => a.answeredAt >= window.from && a.sentAt <= window.to;
    const failed = (a: Attempt) => a.status !== 200 && a.status !== 409;
    const duringOutage = attempts.filter((a) => failed(a) && inOutage(a));
    const outside = attempts.filter((a) => failed(a) && !inOutage(a));
    const clear503 = (a: Attempt) =>
      a.status === 503 && a.code === "UNAVAILABLE" && a.retryAfter !== undefined;
    const firstOkAfter = attempts
      .filter((a) => a.status === 200 && a.sentAt >= upAt)
      .reduce((m, a) => Math.min(m, a.answeredAt), Number.POSITIVE_INFINITY);
    const okBefore = attempts.filter((a) => a.status === 200 && a.answeredAt < stopAt).length;
    const figures: Figures = {
      "fault.clients": options.clients,
      "fault.requests": attempts.length,
      "fault.ok": attempts.filter((a) => a.status === 200).length,
      "fault.conflicts": attempts.filter((a) => a.status === 409).length,
      "fault.ok_before_outage": okBefore,
      "fault.outage_ms": Math.round(upAt - stopAt),
      "fault.errors_during_outage": duringOutage.length,
      "fault.errors_outside_outage": outside.length,
      "fault.outage_errors_503": duringOutage.filter(clear503).length,
      "fault.outage_errors_500": duringOutage.filter((a) => a.status === 500).length,
      "fault.outage_no_answer": duringOutage.filter((a) => a.status === 0).length,
      "fault.slowest_error_ms": Math.round(
        attempts.filter(failed).reduce((m, a) => Math.max(m, a.answeredAt - a.sentAt), 0),
      ),
      "fault.recovery_ms": Number.isFinite(firstOkAfter) ? Math.round(firstOkAfter - upAt) : -1,
      "fault.ok_after_outage": attempts.filter((a) => a.status === 200 && a.sentAt >= upAt).length,
      "fault.committed_despite_error": integrity.committedDespiteError,
      "fault.lost": integrity.lost,
      "fault.duplicated": integrity.duplicated,
    };
    const failures: string[] = [];
    const expect = (ok: boolean, what: string) => ok || failures.push(what);
    expect(okBefore > 0, "no save was accepted before the outage");
    expect(integrity.lost === 0, `${integrity.lost} accepted save(s) lost`);
    expect(integrity.duplicated === 0, `${integrity.duplicated} save(s) duplicated`);
    expect(outside.length === 0, `${outside.length} failed answer(s) outside the outage`);
    expect(
      duringOutage.every(clear503),
      `${duringOutage.filter((a) => !clear503(a)).length} outage answer(s) were not 503 UNAVAILABLE with Retry-After`,
    );
    expect(Number.isFinite(firstOkAfter), "no save succeeded after PostgreSQL came back");
    const samples = [
      ...integrity.samples,
      ...[...outside, ...duringOutage.filter((a) => !clear503(a))]
        .slice(0, 5)
        .map((a) => `${a.status} ${a.code ?? a.failure ?? ""} at ${Math.round(a.sentAt - t0)} ms`),
      ...(failures.length ? serverErrors.slice(-10) : []),
    ];
    return { figures, failures, samples };
  } finally {
    await server?.stop();
    if (!shared) await cluster.destroy();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
