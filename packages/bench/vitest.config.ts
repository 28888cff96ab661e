import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Backup and restore round trips migrate, seed, dump and load whole databases.
    testTimeout: 180000,
    hookTimeout: 180000,
  },
});
