/**
 * What the hostile-input specs share: the payloads, a dialog trap, the "nothing ran" check and the
 * account maker. Kept apart from ./hostile-user.ts, which is a script run in its own process (it loads
 * Prisma, which Playwright's process never does).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";

export const SCRIPT = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">`;
export const SVG = `"><svg onload="window.__pwned=1">`;
export const JS_LINK = "javascript:window.__pwned=1//https://example.gov.vn";
export const BIDI = "Tệp \u202Efdp.exe\u200B và\u200D chữ ẩn";
export const LONG = `Kết quả dài ${"Đã thực hiện. ".repeat(720)}`.slice(0, 10_000);
export const USER_NAME = `<img src=x onerror="window.__pwned=1">Cán bộ H4`;
/** Closes the raw-text elements a text could be printed inside (a page title, a textarea, a style) first. */
export const BREAKOUT = `</title></textarea></style><img src=x onerror="window.__pwned=1">`;

/** Records every dialog (alert, confirm, prompt) a payload could open; expectInert fails on any. */
export function trap(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * Nothing ran and nothing was injected: no `window.__pwned`, no dialog, no element a payload makes
 * (`svg[onload]`, `img[onerror]`, a `javascript:` link, a script whose code is a payload's). The page's
 * Content-Security-Policy would stop most of them from running, so the injected element is what shows
 * an escaping fault.
 */
export async function expectInert(page: Page, dialogs: string[], where: string) {
  await page.waitForLoadState("load");
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    where,
  ).toBeUndefined();
  expect(dialogs, where).toEqual([]);
  expect(await page.locator("svg[onload], img[onerror], a[href^='javascript:' i]").count(), where).toBe(0);
  // A payload's own script (the page's scripts carry the payloads only inside JSON strings).
  const scripts = await page.evaluate(
    () =>
      [...document.querySelectorAll("script")].filter((s) => /^\s*window\.__pwned/i.test(s.textContent ?? ""))
        .length,
  );
  expect(scripts, where).toBe(0);
}

/** Opens each path and checks it with expectInert. */
export async function expectInertAt(page: Page, dialogs: string[], paths: readonly string[]) {
  for (const url of paths) {
    await page.goto(url);
    await expectInert(page, dialogs, url);
  }
}

const webDir = path.resolve(import.meta.dirname, "../..");

/**
 * A user who is staff and approver of one organization (UBND huyện Giang Thành unless told), with the
 * demo password; made by ./hostile-user.ts in its own process.
 */
export async function makeUser(email: string, name: string, organizationCode?: string): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      "e2e/support/hostile-user.ts",
      email,
      name,
      ...(organizationCode ? [organizationCode] : []),
    ],
    { cwd: webDir, env: process.env, timeout: 60_000 },
  );
}
