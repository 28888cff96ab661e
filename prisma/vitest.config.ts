import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["seed/**/*.test.ts"],
    env: { TZ: "Asia/Kathmandu" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
