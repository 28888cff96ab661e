import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** Debian's PostgreSQL binaries; POSTGRES_BIN_DIR points elsewhere on other systems. */
const BIN_DIR = process.env.POSTGRES_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export interface Cluster {
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database: string): string;
  /** `pg_ctl stop -m fast`: open connections are cut, as in a crash of the service or a failover. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** The server's log, for a failure report. */
  log(): string;
  /** Stops the server (immediate) and deletes its folder; safe to call twice. */
  destroy(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server of our own, so a fault test can stop and start it without touching the
 * machine's server that everyone else uses. initdb refuses to run as root: as root the cluster belongs to
 * the `postgres` system user (runuser), otherwise to the current user.
 */
export async function createCluster(port: number): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), "pt-fault-pg-"));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await exec("id", ["-u", "postgres"]);
    const { stdout: gid } = await exec("id", ["-g", "postgres"]);
    chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  const run = async (binary: string, args: string[]) => {
    const command = path.join(BIN_DIR, binary);
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    try {
      await exec(file, argv, { timeout: 60_000 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? "";
      throw new Error(`${binary} ${args.join(" ")} failed: ${stderr || String(error)}`);
    }
  };
  // The socket goes in our folder, not /var/run/postgresql (which the machine's server owns).
  // fsync off: a fast stop still checkpoints everything committed, so what the test checks (no accepted
  // save lost across a restart of the service) holds; only an OS crash would need the flushes, and on a
  // busy shared machine they make seeding several times slower.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c max_connections=100 -c fsync=off`;
  const start = () => run("pg_ctl", ["-D", dataDir, "-l", logFile, "-o", options, "-w", "-t", "30", "start"]);
  const stop = () => run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "-t", "30", "stop"]);

  let destroyed = false;
  const destroy = async () => {
    if (destroyed) return;
    destroyed = true;
    if (existsSync(path.join(dataDir, "postmaster.pid")))
      await run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
    await start();
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    destroy,
  };
}
