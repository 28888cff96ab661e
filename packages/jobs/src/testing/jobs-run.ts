import { spawn } from "node:child_process";
import path from "node:path";

const packageDir = path.resolve(import.meta.dirname, "../..");

/**
 * One worker process running one scheduled job at a moved clock, as `pnpm jobs:run --now <instant>
 * --only <job>` does, against `databaseUrl` and without SMTP. Its exit code and everything it printed.
 */
export function jobsRunProcess(
  databaseUrl: string | undefined,
  now: string,
  only: "periods" | "reminders",
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/run.ts", "--now", now, "--only", only],
      {
        cwd: packageDir,
        env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: "", SMTP_HOST: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out }));
  });
}
