/**
 * One `next start` process of the production build, for specs that run their own nodes (several nodes on
 * one database). Started in its own process group, so stopping it also stops what it spawned; its output is
 * kept for assertions and for the failure message.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const webDir = path.resolve(import.meta.dirname, "../..");

export interface NextNode {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Lines of the output that match, so far. */
  lines(pattern: RegExp): string[];
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

export function startNextNode(port: number, env: Record<string, string>): NextNode {
  const child = spawn(
    path.join(webDir, "node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(port)],
    { cwd: webDir, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const node: NextNode = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    lines: (pattern) => output.split("\n").filter((line) => pattern.test(line)),
    async waitForOutput(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null)
          throw new Error(`node on ${port} exited (${child.exitCode}):\n${output}`);
        if (Date.now() > deadline)
          throw new Error(`node on ${port}: no ${pattern} after ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal("SIGTERM");
      const killed = setTimeout(() => signal("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killed);
    },
  };
  return node;
}

/** Waits until the node answers its health check with 200 (it has started and reaches the database). */
export async function waitUntilHealthy(node: NextNode, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (node.child.exitCode !== null) throw new Error(`node ${node.url} exited:\n${node.output()}`);
    const status = await fetch(`${node.url}/api/health`)
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`node ${node.url} not healthy (last ${status}):\n${node.output()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
