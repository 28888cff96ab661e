import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList, SchemaContainer } from "@prisma/schema-engine-wasm";

/** Absolute paths of the repository's schema and migrations, resolved from this file, not the cwd. */
export const prismaDir = path.resolve(import.meta.dirname, "../../../../prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

/** Every *.prisma file of the schema folder, as the engine wants them: [path, content]. */
export function readSchemaFiles(dir = prismaDir): SchemaContainer[] {
  const files: SchemaContainer[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && entry.name !== "migrations" && entry.name !== "node_modules") walk(full);
      else if (entry.isFile() && entry.name.endsWith(".prisma")) {
        files.push({ path: full, content: readFileSync(full, "utf8") });
      }
    }
  };
  walk(dir);
  return files;
}

/** The migrations folder in the shape `prisma migrate` itself passes to the schema engine. */
export function readMigrationList(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}
