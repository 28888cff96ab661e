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
    // Generating and reading DOCX files takes a few hundred milliseconds each on a cold start.
    testTimeout: 60000,
    // Integration tests create and migrate a PostgreSQL database first: seconds, more on a busy machine.
    hookTimeout: 120_000,
  },
});
