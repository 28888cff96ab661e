import { definePackageTests } from "@plan-tracker/test-config/vitest";

export default definePackageTests({
  // Worker processes and pg-boss start in seconds, more on a busy shared machine.
  testTimeout: 60_000,
  // Each integration file migrates its own PostgreSQL database first: slow on a busy shared machine.
  hookTimeout: 120_000,
});
