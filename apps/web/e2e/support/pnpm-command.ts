import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { databaseUrlFor, testServerUrl } from "./names";

const execFileAsync = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pnpm <args>` at the repository root against this run's database, as an operator would type it. */
export async function pnpm(...args: string[]): Promise<CommandResult> {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error("E2E_DATABASE_NAME is not set (the Playwright config sets it)");
  try {
    const { stdout, stderr } = await execFileAsync("pnpm", args, {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrlFor(name, testServerUrl()) },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
