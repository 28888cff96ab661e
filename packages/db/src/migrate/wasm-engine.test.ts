/**
 * `wasm-engine.ts` calls wasm-bindgen's private glue of @prisma/schema-engine-wasm. If an upgrade of that
 * package removes or renames any of it, these fail first, saying which name is gone, instead of
 * `pnpm db:migrate` and `pnpm db:setup` failing in production.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { engineWasmPath, GLUE_MODULE, glueFunction, loadSchemaEngine, SET_WASM, START } from "./wasm-engine";

const UPGRADE_HINT =
  "@prisma/schema-engine-wasm changed its wasm-bindgen glue: update packages/db/src/migrate/wasm-engine.ts";

describe("the WebAssembly schema engine's private glue", () => {
  it(`the glue still exports ${SET_WASM}`, () => {
    expect(glueFunction(SET_WASM), `${UPGRADE_HINT} (${SET_WASM} is gone)`).toBeTypeOf("function");
  });

  it("the .wasm file is where the glue is, and still exports its start function and imports the glue", async () => {
    const file = engineWasmPath();
    expect(existsSync(file), `${UPGRADE_HINT} (no ${file})`).toBe(true);
    const module = await WebAssembly.compile(readFileSync(file));
    const exported = WebAssembly.Module.exports(module).map((e) => e.name);
    expect(exported, `${UPGRADE_HINT} (${START} is gone)`).toContain(START);
    const imported = WebAssembly.Module.imports(module);
    const namespaces = new Set(imported.map((i) => i.module));
    expect([...namespaces], `${UPGRADE_HINT} (the glue's module name changed)`).toContain(GLUE_MODULE);
    const missing = imported
      .filter((i) => i.module === GLUE_MODULE && i.kind === "function" && !glueFunction(i.name))
      .map((i) => i.name);
    expect(missing, `${UPGRADE_HINT} (the glue lacks imports the .wasm needs)`).toEqual([]);
  }, 60_000);

  it("loads, and the bindings offer SchemaEngine.new", async () => {
    const { SchemaEngine } = await loadSchemaEngine();
    expect(typeof SchemaEngine).toBe("function");
    expect(typeof SchemaEngine.new).toBe("function");
  }, 60_000);
});
