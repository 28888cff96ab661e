import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { noFilter, withSchemaEngine } from "./engine";
import { migrationsDir, readMigrationList, readSchemaFiles } from "./migrations-dir";

export { migrationsDir, readMigrationList, readSchemaFiles };

/**
 * `prisma migrate deploy`: applies every committed migration not yet applied, or (for a test of one
 * migration) those up to and including `upTo`.
 */
export async function deployMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: { upTo?: string } = {},
): Promise<string[]> {
  const all = readMigrationList();
  const migrationsList = options.upTo
    ? {
        ...all,
        migrationDirectories: all.migrationDirectories.filter((m) => m.path <= (options.upTo as string)),
      }
    : all;
  const out = await withSchemaEngine(adapterFactory, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilter }),
  );
  return out.appliedMigrationNames;
}

export interface MigrationStatus {
  hasMigrationsTable: boolean;
  unapplied: string[];
  failed: string[];
  edited: string[];
  diverged: boolean;
}

/** `prisma migrate status`. */
export async function migrationStatus(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<MigrationStatus> {
  const out = await withSchemaEngine(adapterFactory, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList: readMigrationList(),
      optInToShadowDatabase: false,
      filters: noFilter,
    }),
  );
  const history = out.history;
  return {
    hasMigrationsTable: out.hasMigrationsTable,
    unapplied:
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [],
    failed: out.failedMigrationNames,
    edited: out.editedMigrationNames,
    diverged:
      history?.diagnostic === "historiesDiverge" || history?.diagnostic === "migrationsDirectoryIsBehind",
  };
}

/**
 * The SQL that takes the committed migrations to the current schema. The migrations are replayed into
 * a throwaway in-memory PGlite (the shadow database): diffing against a live PostgreSQL through the pg
 * adapter fails in this engine build.
 */
export async function pendingSchemaSql(): Promise<string> {
  const shadow = new PGlite();
  try {
    const out = await withSchemaEngine(new PrismaPGlite(shadow), (engine) =>
      engine.diff({
        from: { tag: "migrations", ...readMigrationList() },
        to: { tag: "schemaDatamodel", files: readSchemaFiles() },
        script: true,
        exitCode: null,
        filters: noFilter,
      }),
    );
    const sql = out.stdout ?? "";
    return /^\s*(--.*)?\s*$/.test(sql) || sql.includes("This is an empty migration") ? "" : sql;
  } finally {
    await shadow.close();
  }
}

/** `prisma migrate dev --create-only`: writes a new migration folder, or returns null if nothing changed. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  const sql = await pendingSchemaSql();
  if (!sql.trim()) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "") || "migration";
  const dir = path.join(migrationsDir, `${stamp}_${slug}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  return dir;
}
export { migrationAdapterFor } from "./adapter-for";
