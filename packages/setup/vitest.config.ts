import { definePackageTests } from "@plan-tracker/test-config/vitest";

// One file at a time: each integration file migrates and seeds whole databases.
export default definePackageTests({ testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false });
