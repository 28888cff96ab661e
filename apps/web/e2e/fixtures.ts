/**
 * The suite's `test`: page objects, and signed-in pages per role.
 *
 * - `test.use({ role: "compiler" })` makes the default `page` signed in as that role.
 * - `signInAs(role)` opens another page, in its own browser context, signed in as that role (several
 *   roles in one test).
 *
 * Each role signs in through the sign-in form once per run (the first test that needs it); its storage
 * state (the session cookie) is saved under test-results/.auth/<database>/ and reused by every later test,
 * in both workers. Two workers racing for the same role both sign in once, which is harmless.
 *
 * Every browser context of a test fails it when a page logs next-intl's MISSING_MESSAGE: the browser gets
 * only the namespaces in src/i18n/client-namespaces.ts, and a text a client component cannot find would
 * otherwise show as its key without failing anything.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from "@playwright/test";
import { account, DEMO_PASSWORD, type Role } from "./accounts";
import { AppShell } from "./pages/app-shell";
import { HomePage } from "./pages/home-page";
import { PlanPage } from "./pages/plan-page";
import { SearchPage } from "./pages/search-page";
import { SignInPage } from "./pages/sign-in-page";

export { expect };

interface Options {
  /** Signs the default `page` in as this role; none: signed out. */
  role: Role | undefined;
}

interface Fixtures {
  signInAs: (role: Role) => Promise<Page>;
  signInPage: SignInPage;
  homePage: HomePage;
  planPage: PlanPage;
  searchPage: SearchPage;
  shell: AppShell;
}

async function storageStateFor(
  role: Role,
  browser: Browser,
  options: BrowserContextOptions,
  outputDir: string,
): Promise<string> {
  const dir = path.join(outputDir, ".auth", process.env.E2E_DATABASE_NAME ?? "default");
  const file = path.join(dir, `${role}.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signInAndWait(account(role).email, DEMO_PASSWORD);
    const partial = `${file}.${randomBytes(4).toString("hex")}.tmp`;
    await context.storageState({ path: partial });
    renameSync(partial, file);
  } finally {
    await context.close();
  }
  return file;
}

/** Collects the messages next-intl logs in the browser for a text it cannot find. */
function watchMissingMessages(context: BrowserContext, found: string[]): void {
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) {
      found.push(`${message.location().url}: ${message.text().split("\n")[0]}`);
    }
  });
}

export const test = base.extend<Fixtures & Options>({
  role: [undefined, { option: true }],

  storageState: async ({ role, browser, baseURL, locale, timezoneId }, use, testInfo) => {
    await use(
      role
        ? await storageStateFor(role, browser, { baseURL, locale, timezoneId }, testInfo.project.outputDir)
        : undefined,
    );
  },

  context: async ({ context }, use) => {
    const missing: string[] = [];
    watchMissingMessages(context, missing);
    await use(context);
    expect(missing, "texts missing from the messages sent to the browser").toEqual([]);
  },

  signInAs: async ({ browser, baseURL, locale, timezoneId, viewport }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const missing: string[] = [];
    await use(async (role) => {
      const options = { baseURL, locale, timezoneId, viewport };
      const storageState = await storageStateFor(role, browser, options, testInfo.project.outputDir);
      const context = await browser.newContext({ ...options, storageState });
      watchMissingMessages(context, missing);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
    expect(missing, "texts missing from the messages sent to the browser").toEqual([]);
  },

  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  homePage: async ({ page }, use) => use(new HomePage(page)),
  planPage: async ({ page }, use) => use(new PlanPage(page)),
  searchPage: async ({ page }, use) => use(new SearchPage(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
});
