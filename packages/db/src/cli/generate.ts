/**
 * `prisma generate`, offline. The CLI insists on locating a native schema engine before it starts,
 * even though generation never runs it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
 * satisfies that check (see TOOLCHAIN.md). Migrations go through ../migrate on the WebAssembly engine.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const dbPackage = path.resolve(import.meta.dirname, "../..");

const result = spawnSync(
  process.execPath,
  [prismaCli, "generate", "--config", path.join(dbPackage, "prisma.config.ts")],
  {
    cwd: dbPackage,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
process.exit(result.status ?? 1);
