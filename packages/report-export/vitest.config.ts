import { definePackageTests } from "@plan-tracker/test-config/vitest";

// Generating and reading DOCX files takes a few hundred milliseconds each on a cold start.
export default definePackageTests({ testTimeout: 60_000 });
