import { definePackageTests } from "@plan-tracker/test-config/vitest";

// One file at a time: each seed integration file migrates and seeds whole databases.
export default definePackageTests({
  roots: ["seed"],
  testTimeout: 120_000,
  hookTimeout: 120_000,
  fileParallelism: false,
});
