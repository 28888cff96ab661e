import type { ViteUserConfig } from "vitest/config";

export declare const TEST_TIME_ZONE: string;
export declare const INTEGRATION_TESTS: string;

export interface PackageTestOptions {
  /** Folders holding the package's tests (default: src). */
  roots?: string[];
  /** Per test, in ms (default: Vitest's 5 s). */
  testTimeout?: number;
  /** Per hook, in ms: integration files create and migrate a database in theirs. */
  hookTimeout?: number;
  /** false where test files share one database and must run one after another. */
  fileParallelism?: boolean;
  /** Anything else a package's tests need (aliases, inlined dependencies). */
  vite?: Omit<ViteUserConfig, "test">;
  server?: NonNullable<ViteUserConfig["test"]>["server"];
  environment?: string;
}

/**
 * A package's Vitest config with two projects: `unit` (no database, `pnpm test:unit`) and `integration`
 * (`*.integration.test.ts`, against PostgreSQL). `vitest run` runs both.
 */
export declare function definePackageTests(options?: PackageTestOptions): ViteUserConfig;
