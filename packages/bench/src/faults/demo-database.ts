import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { type Cluster, createCluster } from "./cluster";

const ROOT = path.resolve(import.meta.dirname, "../../../..");
const DATABASE = "plan_tracker_fault";

export interface DemoCluster {
  cluster: Cluster;
  databaseUrl: string;
}

/**
 * An own PostgreSQL cluster on `port` with one database migrated and seeded as `pnpm db:setup --demo`
 * does it (the demo's agencies, staff and open period). The caller destroys the cluster.
 */
export async function createDemoCluster(port: number, log: (line: string) => void): Promise<DemoCluster> {
  log(`own PostgreSQL cluster on port ${port}`);
  const cluster = await createCluster(port);
  try {
    await withClient(cluster.url("postgres"), (c) => c.query(`CREATE DATABASE ${DATABASE}`));
    const databaseUrl = cluster.url(DATABASE);
    log("pnpm db:setup --demo");
    await runCommand("pnpm", ["db:setup", "--demo"], { DATABASE_URL: databaseUrl });
    return { cluster, databaseUrl };
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

function runCommand(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`)),
    );
  });
}
