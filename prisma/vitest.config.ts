import { defineConfig } from "vitest/config";

// Tests run under a non-UTC zone so that a forgotten time zone shows up (Vietnam is UTC+7).
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  test: {
    include: ["seed/**/*.test.ts"],
    env: { TZ: "Asia/Kathmandu" },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
