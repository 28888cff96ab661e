import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { acquireEmbeddedLock } from "@plan-tracker/db/embedded-lock";

/** A PGlite data folder holds PG_VERSION once initialised. */
export function embeddedHasData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "PG_VERSION"));
}

/**
 * PGlite's own dump of its data folder (a tarball, gzipped), taken under the folder's lock: refused while
 * the app (or anything else) has the database open.
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!embeddedHasData(dataDir)) throw new Error(`Không có cơ sở dữ liệu nhúng ở ${dataDir}.`);
  const release = acquireEmbeddedLock(dataDir);
  const pg = new PGlite(dataDir);
  try {
    await pg.waitReady; // a dump asked for before PGlite is ready never settles
    // Compressed here: PGlite's own "gzip" option never settles on Node 20 (CompressionStream).
    const dump = await pg.dumpDataDir("none");
    writeFileSync(file, gzipSync(Buffer.from(await dump.arrayBuffer())));
  } finally {
    await pg.close();
    release();
  }
}

/**
 * Loads a PGlite tarball into `dataDir`. An existing database is refused unless `force`; then it is
 * moved aside (`<dir>.before-restore-<time>`), not deleted, so a wrong restore can be undone.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  { force = false } = {},
): Promise<{ movedAside?: string }> {
  let movedAside: string | undefined;
  if (embeddedHasData(dataDir)) {
    if (!force)
      throw new Error(
        `Đã có cơ sở dữ liệu nhúng ở ${dataDir}: không khôi phục đè. Thêm --force để chuyển nó sang thư mục bên cạnh và khôi phục bản sao lưu.`,
      );
    const release = acquireEmbeddedLock(dataDir); // refuses while the app runs on it
    release();
    movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, movedAside);
  } else if (existsSync(dataDir) && readdirSync(dataDir).some((f) => f !== "plan-tracker.lock")) {
    throw new Error(`${dataDir} có tệp nhưng không phải cơ sở dữ liệu nhúng: chọn thư mục khác.`);
  }
  const release = acquireEmbeddedLock(dataDir);
  const pg = new PGlite(dataDir, { loadDataDir: new Blob([gunzipSync(readFileSync(file))]) });
  try {
    await pg.query("SELECT 1");
  } finally {
    await pg.close();
    release();
  }
  return { movedAside };
}
