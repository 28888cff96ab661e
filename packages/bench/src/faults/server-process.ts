import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { request } from "../measure/http";
import { WEB_DIR } from "../measure/server";

const NEXT_BIN = path.join(WEB_DIR, "node_modules/next/dist/bin/next");
const JOBS_DIR = path.resolve(WEB_DIR, "../../packages/jobs");

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A process of ours whose output is kept and whose exit is awaited, so a test can judge how it ended. */
export interface WatchedProcess {
  child: ChildProcess;
  exited: Promise<Exit>;
  output(): string;
  /** Resolves when a line of output matches, rejects when the process ends first or after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<void>;
  /** SIGKILL if it still runs (a test's cleanup after a failure). */
  kill(): void;
}

function watch(child: ChildProcess): WatchedProcess {
  let output = "";
  const listeners = new Set<() => void>();
  const keep = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (output.length > 200_000) output = output.slice(-100_000);
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<Exit>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        listeners.delete(check);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => pattern.test(output) && done();
      const timer = setTimeout(() => done(new Error(`no ${pattern} within ${ms} ms:\n${output}`)), ms);
      listeners.add(check);
      void exited.then(({ code }) => done(new Error(`exited ${code} before ${pattern}:\n${output}`)));
      check();
    });
  return {
    child,
    exited,
    output: () => output,
    waitFor,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

function environment(databaseUrl: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Load runs send hundreds of saves a minute from one address: the API's limit is not what they measure.
    API_RATE_LIMIT_PER_ADDRESS: "1000000",
    API_RATE_LIMIT_PER_TOKEN: "1000000",
    ...extra,
  };
  // The browser tests' server runs without its worker; these processes must run theirs.
  delete env.JOBS_WORKER;
  // Next's types make NODE_ENV required on ProcessEnv; it is set above.
  return env as NodeJS.ProcessEnv;
}

/** `next start` of the build in `distDir` (with its in-process job worker), answering on `port`. */
export async function startNext(distDir: string, port: number, databaseUrl: string): Promise<WatchedProcess> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: WEB_DIR,
    env: environment(databaseUrl, { NEXT_DIST_DIR: distDir }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server = watch(child);
  try {
    await server.waitFor(/Ready in/, 60_000);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await request(`http://127.0.0.1:${port}/sign-in`).catch(() => null);
      if (answer?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`/sign-in does not answer 200:\n${server.output()}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}

/** The job worker as `pnpm worker` runs it (tsx src/cli/worker.ts in packages/jobs). */
export function startWorkerCli(databaseUrl: string): WatchedProcess {
  // As `pnpm worker` runs it: node with tsx's loader, no tsx parent process in between (that parent
  // answered SIGTERM by exiting 143 at once instead of letting the worker finish its jobs).
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/worker.ts"], {
    cwd: JOBS_DIR,
    env: environment(databaseUrl, {}),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return watch(child);
}
