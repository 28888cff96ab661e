import path from "node:path";

/**
 * Where the embedded database lives when DATABASE_URL is unset. Scripts resolve it from this file;
 * the web server receives it through PGLITE_DIR (set by next.config.ts), because bundled code cannot
 * rely on its own location on disk.
 */
export function embeddedDataDir(): string {
  return process.env.PGLITE_DIR ?? path.resolve(import.meta.dirname, "../../../.data/pglite");
}

export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}
