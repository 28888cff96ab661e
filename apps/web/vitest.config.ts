import { fileURLToPath } from "node:url";
import { definePackageTests } from "@plan-tracker/test-config/vitest";

export default definePackageTests({
  vite: {
    resolve: {
      alias: {
        "@": fileURLToPath(new URL("./src", import.meta.url)),
        // The marker throws outside React Server Components; tests import server modules directly.
        "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      },
    },
  },
  environment: "node",
  // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses: let Vite resolve it.
  server: { deps: { inline: ["next-auth"] } },
  // Integration tests create, migrate and seed a throwaway PostgreSQL database.
  testTimeout: 60_000,
  hookTimeout: 120_000,
});
