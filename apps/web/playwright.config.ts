/**
 * Browser tests against the production server (`next start`) on a throwaway PostgreSQL database.
 *
 * Prerequisite: a production build. Run `pnpm build` at the repository root first; the webServer
 * command stops with a clear message when apps/web/.next is missing, and warns when it is older than
 * the code. Then `pnpm e2e` (root) or `npx playwright test` here.
 *
 * Lifecycle of one run:
 * - Loading this file picks the database name (pt_e2e_<time>_<random>) and keeps it in
 *   process.env.E2E_DATABASE_NAME, so the worker processes, which load this file again and inherit the
 *   runner's environment, agree on it. Loading the config creates nothing (`--list` leaves no database).
 * - Playwright starts the webServer BEFORE globalSetup (1.65: plugin setup, then global setup — read in
 *   playwright/lib/runner: createGlobalSetupTasks), so a globalSetup cannot create the database the
 *   server needs. The webServer command creates it instead: e2e/support/database.ts `prepare` checks the
 *   build, creates, migrates and seeds the database (demo accounts; a failed prepare drops what it
 *   created), then runs `next start` with DATABASE_URL pointing at it, its output passed through
 *   e2e/support/server-log-filter.mjs.
 * - globalTeardown (e2e/support/global-teardown.ts) drops the database. Teardown runs in reverse order,
 *   before the server is stopped; the drop uses WITH (FORCE). Databases of runs killed before their
 *   teardown are dropped by the next run once they are six hours old.
 * - Signed-in states are made lazily, once per role and run (e2e/fixtures.ts), not in a globalSetup.
 */
import { defineConfig, devices } from "@playwright/test";
import { databaseUrlFor, newDatabaseName, testServerUrl } from "./e2e/support/names";

process.env.E2E_DATABASE_NAME ??= newDatabaseName();
const databaseName = process.env.E2E_DATABASE_NAME;

const port = Number(process.env.E2E_PORT ?? 3300);
const baseURL = `http://127.0.0.1:${port}`;
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores on these machines: the server and two browsers already share them.
  workers: 2,
  // Generous: these machines are shared, and an axe scan alone takes seconds on two busy cores.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  globalTeardown: "./e2e/support/global-teardown.ts",
  use: {
    baseURL,
    locale: "vi-VN",
    // Not Vietnam's zone and not UTC, like the server's TZ below: a date formatted without an explicit zone shows.
    timezoneId: "Asia/Kathmandu",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Playwright cannot download its browser here: Debian's Chromium.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: [
      `node --import tsx e2e/support/database.ts prepare ${databaseName}`,
      `node_modules/.bin/next start --hostname 127.0.0.1 --port ${port} 2>&1 | node e2e/support/server-log-filter.mjs`,
    ].join(" && "),
    url: `${baseURL}/sign-in`,
    // Never test a server started by someone else, against some other database.
    reuseExistingServer: false,
    timeout: 120_000,
    // The server's output (stderr merged, minus the expected sign-in refusals) is shown, prefixed [WebServer].
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrlFor(databaseName, testServerUrl()),
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      TZ: "Asia/Kathmandu",
      NODE_ENV: "production",
      // The scheduled reminders would fire at their hour in the middle of a run; specs trigger runs themselves.
      JOBS_WORKER: "off",
      // Every spec calls the API from 127.0.0.1 at once; the limit itself is proved by
      // src/features/api/rate-limit.integration.test.ts through the route wrapper.
      API_RATE_LIMIT_PER_ADDRESS: "1000000",
      API_RATE_LIMIT_PER_TOKEN: "1000000",
      // As behind one TLS-terminating proxy: security-headers.spec.ts checks HSTS with X-Forwarded-Proto.
      // Requests without X-Forwarded-For still get the socket's address (Next.js fills it in).
      TRUSTED_PROXY: "1",
    },
  },
});
