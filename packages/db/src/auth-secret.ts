import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { embeddedDataDir } from "./config";

/** Beside the embedded database's folder (`.data/auth-secret` by default). */
export function authSecretFile(): string {
  return path.join(path.dirname(embeddedDataDir()), "auth-secret");
}

/**
 * The session secret of an installation that did not set AUTH_SECRET: read from its file, created
 * there (random, owner-only) the first time. Called by `db:setup` and when a server starts, never by a
 * build, so building cannot leave a secret behind.
 */
export function ensureAuthSecretFile(file = authSecretFile()): string {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process (a second server, db:setup) created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}
