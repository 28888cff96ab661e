import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { readSchemaFiles } from "./migrations-dir";
import { loadSchemaEngine } from "./wasm-engine";

/**
 * Prisma's own schema engine compiled to WebAssembly, driven over a driver adapter. The native engine
 * that `prisma migrate` downloads is unavailable offline; this is the same engine, so the
 * `_prisma_migrations` table it writes stays compatible with `prisma migrate deploy` elsewhere. Loading
 * the WebAssembly module (wasm-bindgen internals) is isolated in `wasm-engine.ts`.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const datamodels = readSchemaFiles().map((f) => [f.path, f.content] as [string, string]);
  const { SchemaEngine } = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export const noFilter = { externalTables: [], externalEnums: [] };
