/** Names shared by the config (Playwright's process) and the database script: no database driver here. */
import { randomBytes } from "node:crypto";

export const DATABASE_PREFIX = "pt_e2e_";

/** pt_e2e_<creation time in base 36>_<random>: unique per run, and its age is readable for cleanup. */
export function newDatabaseName(): string {
  return `${DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

/** Only names this suite makes are ever created or dropped (they are spliced into SQL). */
export function isE2eDatabaseName(name: string): boolean {
  return /^pt_e2e_[a-z0-9]+_[a-f0-9]+$/.test(name);
}

export function databaseUrlFor(name: string, serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The server throwaway databases are made on: the same default as @plan-tracker/db/testing. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}
