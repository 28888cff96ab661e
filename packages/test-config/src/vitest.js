// Plain JavaScript: Vitest loads a config's imports with Node, which cannot read a linked TypeScript package.
// Types: vitest.d.ts beside it.
import { defineConfig } from "vitest/config";

/**
 * A zone that is neither UTC nor Vietnam's (UTC+5:45, an odd offset): code that forgets Asia/Ho_Chi_Minh
 * and leans on the process zone fails in the tests instead of in production. Set on the main process
 * (workers inherit it) and again through `test.env`.
 */
export const TEST_TIME_ZONE = "Asia/Kathmandu";

/** Integration tests talk to a real PostgreSQL (a throwaway database each); everything else must not. */
export const INTEGRATION_TESTS = "**/*.integration.test.ts";

/**
 * A package's Vitest config with two projects: `unit` (no database, `pnpm test:unit`) and `integration`
 * (`*.integration.test.ts`, against PostgreSQL). `vitest run` runs both.
 */
export function definePackageTests(options = {}) {
  process.env.TZ = TEST_TIME_ZONE;
  const tests = (options.roots ?? ["src"]).map((root) => `${root}/**/*.test.ts`);
  return defineConfig({
    ...options.vite,
    test: {
      env: { TZ: TEST_TIME_ZONE },
      // A package may have tests of one kind only (bench has no unit tests, core no integration tests).
      passWithNoTests: true,
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.server ? { server: options.server } : {}),
      ...(options.testTimeout ? { testTimeout: options.testTimeout } : {}),
      ...(options.hookTimeout ? { hookTimeout: options.hookTimeout } : {}),
      ...(options.fileParallelism === false ? { fileParallelism: false } : {}),
      projects: [
        { extends: true, test: { name: "unit", include: tests, exclude: [INTEGRATION_TESTS] } },
        {
          extends: true,
          test: {
            name: "integration",
            include: tests.map((t) => t.replace("*.test.ts", "*.integration.test.ts")),
          },
        },
      ],
    },
  });
}
