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

/** The nonce of a response's Content-Security-Policy script-src, or null. */
function scriptPolicy(response: Response | APIResponse | null): { directive: string; nonce: string | null } {
  const csp = response?.headers()["content-security-policy"] ?? "";
  const directive =
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src")) ?? "";
  return { directive, nonce: /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive)?.[1] ?? null };
}

test("scripts run by nonce only: a fresh nonce per response, on Next.js's scripts, no 'unsafe-inline'", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const a = scriptPolicy(first);
  const b = scriptPolicy(second);
  expect(a.directive).toMatch(/^script-src 'self' 'nonce-[^']+' 'strict-dynamic'$/);
  expect(a.directive).not.toContain("unsafe-inline");
  expect(a.directive).not.toContain("unsafe-eval");
  expect(a.nonce).not.toBeNull();
  expect(a.nonce).not.toBe(b.nonce);
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${a.nonce}"`);
  // The public transparency pages get the same policy (the proxy runs there without redirecting).
  const publicPage = await request.get("/public/plans/none", { maxRedirects: 0 });
  expect(publicPage.headers().location).toBeUndefined();
  expect(scriptPolicy(publicPage).nonce).not.toBeNull();
});

test("HSTS only over HTTPS: absent over plain HTTP, present when the trusted proxy says HTTPS", async ({
  request,
}) => {
  const plain = await request.get("/sign-in");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  // playwright.config.ts starts the server with TRUSTED_PROXY=1, as behind one TLS-terminating proxy.
  const viaProxy = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expect(viaProxy.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const redirect = await request.get("/plans", {
    maxRedirects: 0,
    headers: { "X-Forwarded-Proto": "https" },
  });
  expect(redirect.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test.describe("pages hydrate under the policy", () => {
  test.use({ role: "compiler" });

  test("no Content-Security-Policy violation on the main pages", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
        violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of [
      "/",
      "/plans",
      "/dashboard",
      "/search",
      "/organizations",
      "/settings/notifications",
    ]) {
      await page.goto(path);
      // React marks the document it hydrates: only there if Next.js's scripts were allowed to run.
      await page.waitForFunction(
        () => Object.keys(document).some((key) => key.startsWith("__reactContainer")),
        null,
        {
          timeout: 15_000,
        },
      );
    }
    expect(violations).toEqual([]);
  });
});
