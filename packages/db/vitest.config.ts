import { definePackageTests } from "@plan-tracker/test-config/vitest";

export default definePackageTests({ testTimeout: 120_000, hookTimeout: 120_000 });
