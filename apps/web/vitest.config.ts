import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A non-UTC zone that is not Vietnam's: a date formatted without Asia/Ho_Chi_Minh shows up as a failure.
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // The marker throws outside React Server Components; tests import server modules directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses: let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    include: ["src/**/*.test.ts"],
    env: { TZ: "Asia/Kathmandu" },
    // Integration tests create, migrate and seed a throwaway PostgreSQL database.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
