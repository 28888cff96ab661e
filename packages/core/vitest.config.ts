import { defineConfig } from "vitest/config";

// Run under a zone that is neither UTC nor Vietnam (UTC+5:45, an odd offset), so code that
// forgets Asia/Ho_Chi_Minh and leans on the process zone fails here instead of in production.
// Set on the main process (workers inherit it when forked) and again through `test.env`.
const TEST_TIME_ZONE = "Asia/Kathmandu";
process.env.TZ = TEST_TIME_ZONE;

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    env: { TZ: TEST_TIME_ZONE },
  },
});
