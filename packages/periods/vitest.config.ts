import { definePackageTests } from "@plan-tracker/test-config/vitest";

// The integration tests migrate and seed a database of their own.
export default definePackageTests({ testTimeout: 120_000, hookTimeout: 180_000 });
