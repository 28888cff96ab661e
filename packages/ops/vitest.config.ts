import { definePackageTests } from "@plan-tracker/test-config/vitest";

// Backup and restore round trips migrate, seed, dump and load whole databases.
export default definePackageTests({ testTimeout: 180_000, hookTimeout: 180_000 });
