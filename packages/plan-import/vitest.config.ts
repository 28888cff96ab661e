import { definePackageTests } from "@plan-tracker/test-config/vitest";

export default definePackageTests({
  // Generating and reading DOCX files takes a few hundred milliseconds each on a cold start.
  testTimeout: 60_000,
  // Integration tests create and migrate a PostgreSQL database first: seconds, more on a busy machine.
  hookTimeout: 120_000,
});
