import path from "node:path";
import { databaseUrl, embeddedDataDir } from "@plan-tracker/db";

/** The database the app uses: PostgreSQL when DATABASE_URL is set, otherwise the embedded folder. */
export type Target =
  | { kind: "postgres"; url: string; label: string }
  | { kind: "embedded"; dataDir: string; label: string };

export function currentTarget(): Target {
  const url = databaseUrl();
  if (url) {
    const u = new URL(url);
    return { kind: "postgres", url, label: `PostgreSQL ${u.host}${u.pathname}` };
  }
  const dataDir = embeddedDataDir();
  return { kind: "embedded", dataDir, label: `cơ sở dữ liệu nhúng ${dataDir}` };
}

/** A path given on the command line, against the folder the command was typed in (pnpm runs us elsewhere). */
export function fromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export function defaultBackupFile(target: Target): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[:.]/g, "-")
    .replace(/-\d{3}Z$/, "Z");
  const name =
    target.kind === "postgres"
      ? `plan-tracker-${decodeURIComponent(new URL(target.url).pathname.slice(1))}-${stamp}.dump`
      : `plan-tracker-embedded-${stamp}.tar.gz`;
  return fromCaller(path.join("backups", name));
}
