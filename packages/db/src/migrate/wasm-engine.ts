/**
 * The one place that touches wasm-bindgen's private glue of `@prisma/schema-engine-wasm`.
 *
 * The package's entry (`schema_engine.js`) imports the `.wasm` file as an ES module, which Node cannot.
 * So we do by hand what that entry does: instantiate `schema_engine_bg.wasm` with the JavaScript glue
 * (`schema_engine_bg.js`) as its imports, hand the instance to the glue (`__wbg_set_wasm`) and run the
 * module's start function (`__wbindgen_start`). Both names are wasm-bindgen internals, not Prisma's API:
 * an upgrade may rename them. `wasm-engine.test.ts` checks every name used here against the installed
 * package and fails, naming what is missing, before a migration ever runs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

/** The import namespace the .wasm file expects its JavaScript glue under. */
export const GLUE_MODULE = "./schema_engine_bg.js";
/** The glue's setter for the instance's exports. */
export const SET_WASM = "__wbg_set_wasm";
/** The start function the instance exports (run once, after SET_WASM). */
export const START = "__wbindgen_start";

export type SchemaEngineBindings = typeof glue;

/** Where the installed engine's WebAssembly file is. */
export function engineWasmPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
}

/** The glue's functions this module relies on (the private names, read dynamically so a rename is seen). */
export function glueFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
  const value = (glue as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown) : undefined;
}

let loaded: Promise<SchemaEngineBindings> | undefined;

/** Instantiates the engine once per process and returns its bindings (`SchemaEngine` among them). */
export function loadSchemaEngine(): Promise<SchemaEngineBindings> {
  loaded ??= (async () => {
    const setWasm = glueFunction(SET_WASM);
    if (!setWasm) throw new Error(`@prisma/schema-engine-wasm: ${SET_WASM} is missing from its glue`);
    const { instance } = await WebAssembly.instantiate(readFileSync(engineWasmPath()), {
      // The wasm-bindgen glue module is the import object its wasm expects; its JS types do not say so.
      [GLUE_MODULE]: glue as unknown as WebAssembly.ModuleImports,
    });
    const start = instance.exports[START];
    if (typeof start !== "function")
      throw new Error(`@prisma/schema-engine-wasm: the WebAssembly module no longer exports ${START}`);
    setWasm(instance.exports);
    (start as () => void)();
    return glue;
  })();
  return loaded;
}
