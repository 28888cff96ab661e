import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { request } from "./http";

export const WEB_DIR = path.resolve(import.meta.dirname, "../../../../apps/web");
const NEXT_BIN = path.join(WEB_DIR, "node_modules/next/dist/bin/next");

export interface ServerOptions {
  distDir: string;
  port: number;
  databaseUrl: string;
  /** Each SQL statement written to the server's stderr (BENCH_QUERY_LOG=1), for `--trace-sql`. */
  traceSql?: boolean;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: WEB_DIR, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`)),
    );
  });
}

/**
 * A production build into the benchmark's own dist dir. `next build` rewrites tsconfig.json's include
 * list for its dist dir; the file is put back as it was, so the checkout stays clean.
 */
export async function build({ distDir }: ServerOptions): Promise<void> {
  const tsconfig = path.join(WEB_DIR, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await run(process.execPath, [NEXT_BIN, "build"], {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

export function hasBuild({ distDir }: ServerOptions): boolean {
  return existsSync(path.join(WEB_DIR, distDir, "BUILD_ID"));
}

export interface RunningServer {
  baseUrl: string;
  authSecret: string;
  /** Highest resident memory of the server's processes seen so far, in MiB. */
  peakRssMib(): number;
  /** CPU time (user + system) the server's processes have used so far, in ms: what a request costs, whatever else runs on the machine. */
  cpuMs(): number;
  /** The statements logged since the last call (with traceSql). */
  takeStatements(): string[];
  /** Lines of the server's recent output that name an error. */
  errorLines(): string[];
  stop(): Promise<void>;
}

/** `next start` on the benchmark's port with statement counting on; resolves once it answers. */
export async function start({ distDir, port, databaseUrl, traceSql }: ServerOptions): Promise<RunningServer> {
  const authSecret = randomBytes(32).toString("base64url");
  // BENCH_SERVER_NODE_ARGS: Node flags for the server alone, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: WEB_DIR,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: authSecret,
        BENCH_QUERY_COUNT: "1",
        // The save run sends hundreds of saves a minute from one address: not what it measures.
        API_RATE_LIMIT_PER_ADDRESS: "1000000",
        API_RATE_LIMIT_PER_TOKEN: "1000000",
        ...(traceSql ? { BENCH_QUERY_LOG: "1" } : {}),
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log: string[] = [];
  let statements: string[] = [];
  let partial = "";
  const keep = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    if (traceSql) {
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("[sql] ")) statements.push(line.slice(6));
    }
    log.push(text);
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssKib(child.pid));
  }, 200);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child, sampler);
  try {
    await waitUntilUp(baseUrl, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  const takeStatements = () => {
    const taken = statements;
    statements = [];
    return taken;
  };
  const errorLines = () =>
    log
      .join("")
      .split("\n")
      .filter((line) => /error|P20\d\d/i.test(line) && !line.startsWith("[sql]"));
  return {
    baseUrl,
    authSecret,
    peakRssMib: () => Math.round(peak / 1024),
    cpuMs: () => treeCpuMs(child.pid),
    takeStatements,
    errorLines,
    stop,
  };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited ${child.exitCode}:\n${log.join("")}`);
    try {
      const answer = await request(`${baseUrl}/api/bench/query-count`);
      if (answer.status === 200) return;
      throw new Error(
        `/api/bench/query-count answered ${answer.status}: is this build older than the counter?`,
      );
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("/api/bench")) throw error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`next start did not answer within 60 s:\n${log.join("")}`);
}

function stopChild(child: ChildProcess, sampler: NodeJS.Timeout): Promise<void> {
  clearInterval(sampler);
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.on("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Resident memory of a process and its descendants (KiB), from /proc. */
function treeRssKib(pid: number | undefined): number {
  return sumOverTree(pid, (current) => {
    const status = readFileSync(`/proc/${current}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  });
}

/** Kernel clock ticks per second (`getconf CLK_TCK`): 100 on Linux for x86 and arm. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU time of a process and its live descendants (ms), from /proc/<pid>/stat. */
function treeCpuMs(pid: number | undefined): number {
  const ticks = sumOverTree(pid, (current) => {
    const stat = readFileSync(`/proc/${current}/stat`, "utf8");
    // Fields after the command name (which may hold spaces), from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  });
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

function sumOverTree(pid: number | undefined, measure: (pid: number) => number): number {
  if (!pid) return 0;
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop() as number;
    try {
      total += measure(current);
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
