import { definePackageTests } from "@plan-tracker/test-config/vitest";

export default definePackageTests();
