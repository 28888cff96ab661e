/** Every page is served with the security headers, signed out and signed in. */
import type { APIResponse, Response } from "@playwright/test";
import { expect, test } from "./fixtures";

function expectSecurityHeaders(response: Response | APIResponse | null, what: string): void {
  expect(response, what).not.toBeNull();
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(
    /^(deny|sameorigin)$/i.test(headers["x-frame-options"] ?? "") ||
      /frame-ancestors\s+('none'|'self')/.test(csp),
    `${what}: X-Frame-Options DENY/SAMEORIGIN or CSP frame-ancestors (got "${headers["x-frame-options"]}", "${csp}")`,
  ).toBe(true);
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toMatch(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  );
  expect(csp, `${what}: Content-Security-Policy`).toMatch(/default-src\s/);
  expect(headers["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
}

test("the sign-in page", async ({ request }) => {
  const response = await request.get("/sign-in");
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response, "GET /sign-in");
});

test("the redirect of a signed-out visitor", async ({ request }) => {
  const response = await request.get("/plans", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toContain("/sign-in");
  expectSecurityHeaders(response, "GET /plans (redirect)");
});

test.describe("signed in", () => {
  test.use({ role: "compiler" });

  test("the home and plan pages", async ({ page }) => {
    expectSecurityHeaders(await page.goto("/"), "GET /");
    expectSecurityHeaders(await page.goto("/plans"), "GET /plans");
  });
});
