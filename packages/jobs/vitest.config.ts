import { defineConfig } from "vitest/config";

// Run under a zone that is neither UTC nor Vietnam (UTC+5:45), so a date built from the process zone
// instead of from the document's own day, month and year fails here. Set on the main process (workers
// inherit it) and again through `test.env`, as packages/core does.
const TEST_TIME_ZONE = "Asia/Kathmandu";
process.env.TZ = TEST_TIME_ZONE;

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    env: { TZ: TEST_TIME_ZONE },
    // Worker processes and pg-boss start in seconds, more on a busy shared machine.
    testTimeout: 60000,
    // Each integration file migrates its own PostgreSQL database first: slow on a busy shared machine.
    hookTimeout: 120000,
  },
});
