import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEmbedded, createTestPostgres, type TestDatabase } from "../testing";
import {
  deployMigrations,
  migrationAdapterFor,
  migrationStatus,
  migrationsDir,
  pendingSchemaSql,
  readMigrationList,
} from ".";

describe("migrations", () => {
  it("match the schema: the committed SQL leaves nothing for a new migration", async () => {
    expect(await pendingSchemaSql()).toBe("");
  });
});

describe.each([
  ["PostgreSQL", createTestPostgres],
  ["embedded PGlite", createTestEmbedded],
] as const)("on %s", (_name, create) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await create();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("are all applied, recorded in _prisma_migrations, and a second deploy applies nothing", async () => {
    const names = readMigrationList().migrationDirectories.map((d) => d.path);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished: boolean }[]>`
      SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, finished: true })));
    expect(await deployMigrations(migrationAdapterFor(db, db.url))).toEqual([]);
    const status = await migrationStatus(migrationAdapterFor(db, db.url));
    expect(status).toMatchObject({ unapplied: [], failed: [], edited: [], diverged: false });
  });

  it("keep the audit log append-only", async () => {
    await db.prisma.auditEvent.create({ data: { action: "test", entityType: "Test", entityId: "1" } });
    await expect(db.prisma.auditEvent.updateMany({ data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.count()).toBe(1);
  });

  it("fill the user search key of accounts made before it, folded as core's userSearchKey folds", async () => {
    const migration = readFileSync(
      path.join(migrationsDir, "20261128223841_user_search_key", "migration.sql"),
      "utf8",
    );
    // Back to the table as it was before that migration, with accounts in it.
    await db.exec(`ALTER TABLE "User" DROP COLUMN "searchKey"`);
    const nfd = "Trần Thị Hằng".normalize("NFD");
    await db.exec(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES
      ('u-duc', 'Duc.NV@KienGiang.vn', '  Nguyễn   Văn ĐỨC ', now()),
      ('u-hang', 'hang_tt@kiengiang.vn', '${nfd}', now())`);
    // The pg path runs one statement per call.
    for (const statement of migration.split(/;\s*$/m).filter((s) => s.replace(/--.*$/gm, "").trim()))
      await db.exec(statement);
    const rows = await db.prisma.$queryRaw<{ id: string; searchKey: string }[]>`
      SELECT id, "searchKey" FROM "User" WHERE id IN ('u-duc', 'u-hang') ORDER BY id`;
    expect(rows).toEqual([
      { id: "u-duc", searchKey: "nguyen van duc duc.nv@kiengiang.vn" },
      { id: "u-hang", searchKey: "tran thi hang hang_tt@kiengiang.vn" },
    ]);
    await expect(
      db.exec(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('u-no-key', 'x@y.vn', 'X', now())`),
    ).rejects.toThrow();
  });
});
