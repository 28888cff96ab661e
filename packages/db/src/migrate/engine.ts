import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readSchemaFiles } from "./migrations-dir";

/**
 * Prisma's own schema engine compiled to WebAssembly, driven over a driver adapter. The native engine
 * that `prisma migrate` downloads is unavailable offline; this is the same engine, so the
 * `_prisma_migrations` table it writes stays compatible with `prisma migrate deploy` elsewhere.
 */
let loaded: Promise<typeof bindings> | undefined;

/** The package's entry imports the .wasm file as an ES module, which Node cannot; instantiate it by hand. */
function loadEngine(): Promise<typeof bindings> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return loaded;
}

export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const datamodels = readSchemaFiles().map((f) => [f.path, f.content] as [string, string]);
  const { SchemaEngine } = await loadEngine();
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
