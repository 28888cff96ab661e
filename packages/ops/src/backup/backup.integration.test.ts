import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "@plan-tracker/db";
import { createTestPostgres, type TestDatabase, testServerUrl } from "@plan-tracker/db/testing";
import { setupDatabase } from "@plan-tracker/setup";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableDigests } from "./checksum";
import { backupFormatOf } from "./format";
import { backupPostgres, restorePostgres } from "./postgres";

const PACKAGE = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(PACKAGE, "node_modules/tsx/dist/cli.mjs");
const work = mkdtempSync(path.join(os.tmpdir(), "pt-backup-"));

async function adminQuery(sql: string): Promise<void> {
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function digestsOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await tableDigests(client);
  } finally {
    await client.end();
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("PostgreSQL backup and restore", () => {
  let source: TestDatabase;
  const emptyName = `pt_restore_${Date.now().toString(36)}`;
  let emptyUrl: string;

  beforeAll(async () => {
    source = await createTestPostgres("pt_backup");
    await setupDatabase(source, { demo: true });
    await adminQuery(`CREATE DATABASE "${emptyName}"`);
    const u = new URL(source.url as string);
    u.pathname = `/${emptyName}`;
    emptyUrl = u.toString();
  });

  afterAll(async () => {
    await source?.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
  });

  it("restores every table, row for row, into an empty database; refuses a non-empty one without --force", async () => {
    const file = path.join(work, "pg.dump");
    const before = await digestsOf(source.url as string);
    expect(before.ProgressUpdate?.rows).toBeGreaterThan(0);
    expect(before.SubmissionSnapshot?.rows).toBeGreaterThan(0);

    await backupPostgres(source.url as string, file);
    expect(backupFormatOf(file)).toBe("postgres");
    await restorePostgres(emptyUrl, file);
    expect(await digestsOf(emptyUrl)).toEqual(before);

    await expect(restorePostgres(emptyUrl, file)).rejects.toThrow(/đã có dữ liệu.*--force/s);

    const target = new Client({ connectionString: emptyUrl });
    await target.connect();
    await target.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('after-backup', '1', now())`);
    await target.end();
    await restorePostgres(emptyUrl, file, { force: true });
    expect(await digestsOf(emptyUrl)).toEqual(before);
  });

  it("keeps the database's own rules: snapshots stay immutable after a restore", async () => {
    const client = new Client({ connectionString: emptyUrl });
    await client.connect();
    try {
      await expect(client.query(`UPDATE "SubmissionSnapshot" SET sha256 = 'x'`)).rejects.toThrow();
    } finally {
      await client.end();
    }
  });
});

/** Runs one of the package's CLIs in its own process, on the embedded database in `dataDir`. */
function cli(
  script: string,
  args: string[],
  dataDir: string,
): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, INIT_CWD: work };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [TSX, path.join(PACKAGE, "src/cli", script), ...args], {
    cwd: PACKAGE,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each step runs the package's own command in its own process, as an operator runs them (and as the app
// and the command never share one PGlite folder).
describe("embedded database backup and restore (pnpm db:backup / db:restore)", () => {
  const sourceDir = path.join(work, "source");
  const targetDir = path.join(work, "target");
  let before: string;

  beforeAll(async () => {
    const db = createDatabase({ dataDir: sourceDir });
    try {
      await setupDatabase(db, { demo: true });
    } finally {
      await db.close();
    }
    const digest = cli("digest.ts", [], sourceDir);
    expect(digest.status, digest.stderr).toBe(0);
    before = digest.stdout;
  });

  it("restores the data folder from its tarball; refuses an existing database without --force", () => {
    expect(JSON.parse(before).Task.rows).toBeGreaterThan(0);
    const backup = cli("backup.ts", ["embedded.tar.gz"], sourceDir);
    expect(backup.status, backup.stderr).toBe(0);
    const file = path.join(work, "embedded.tar.gz");
    expect(backupFormatOf(file)).toBe("embedded");

    const restore = cli("restore.ts", ["embedded.tar.gz"], targetDir);
    expect(restore.status, restore.stderr).toBe(0);
    expect(cli("digest.ts", [], targetDir).stdout).toBe(before);

    const refused = cli("restore.ts", ["embedded.tar.gz"], targetDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/không khôi phục đè.*--force/s);

    const forced = cli("restore.ts", ["embedded.tar.gz", "--force"], targetDir);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/before-restore/);
    expect(cli("digest.ts", [], targetDir).stdout).toBe(before);
  });

  it("refuses a PostgreSQL backup for the embedded database with a clear message", () => {
    const refused = cli("restore.ts", ["pg.dump"], path.join(work, "other"));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/bản sao lưu PostgreSQL/);
  });
});
