import { defineConfig } from "vitest/config";

process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    env: { TZ: "Asia/Kathmandu" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
