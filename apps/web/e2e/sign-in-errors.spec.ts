/**
 * Failed sign-ins: one message whether the email exists or not, the typed email kept, and the throttle.
 *
 * The throttle counts failures per account from one address (5 in 15 minutes), per client address (20),
 * and slows (never locks) an account failing from many addresses. Every test here
 * sends its own X-Forwarded-For address (the app reads the first hop), so the failures of this file
 * never throttle the rest of the suite, which signs in from 127.0.0.1.
 */
import { randomBytes } from "node:crypto";
import { DEMO_PASSWORD } from "./accounts";
import { expect, test } from "./fixtures";

const INVALID = "Email hoặc mật khẩu không đúng.";
const RATE_LIMITED = /^Bạn đã đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/;

/** A private address, random over 16 million, so no two tests share one. */
function testAddress(): string {
  return `10.${[...randomBytes(3)].join(".")}`;
}

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": testAddress() });
});

test("a wrong password is refused with the generic message and the email kept", async ({
  page,
  signInPage,
}) => {
  // An account no other test signs in with: one failure here cannot throttle another test.
  const email = "chuyenvien.skhdt@kiengiang.example";
  await signInPage.goto();
  await signInPage.signInExpectingError(email, "Sai@2026");
  await expect(signInPage.error).toHaveText(INVALID);
  await expect(signInPage.email).toHaveValue(email);
  await expect(signInPage.password).toHaveValue("");
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("authjs.session-token");
});

test("an unknown email gets the very same message", async ({ signInPage }) => {
  const email = `khong.co.${randomBytes(3).toString("hex")}@kiengiang.example`;
  await signInPage.goto();
  await signInPage.signInExpectingError(email, DEMO_PASSWORD);
  await expect(signInPage.error).toHaveText(INVALID);
  await expect(signInPage.email).toHaveValue(email);
});

test("an invalid email is answered in Vietnamese, before any password check", async ({ signInPage }) => {
  await signInPage.goto();
  await signInPage.signInExpectingError("khong-phai-email", "x");
  await expect(signInPage.error).toHaveText("Email không hợp lệ.");
  await expect(signInPage.email).toHaveValue("khong-phai-email");
});

test("after five failures for one account, even the right password is refused for a while", async ({
  signInPage,
}, testInfo) => {
  // Accounts used by no other test; a retry (CI) takes the second one, since the first stays throttled 15 minutes.
  const email =
    ["chuyenvien.snnptnt@kiengiang.example", "lanhdao.snnptnt@kiengiang.example"][testInfo.retry % 2] ?? "";
  await signInPage.goto();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInPage.signInExpectingError(email, `Sai@${attempt}`);
    await expect(signInPage.error, `attempt ${attempt}`).toHaveText(INVALID);
  }
  await signInPage.signInExpectingError(email, DEMO_PASSWORD);
  await expect(signInPage.error).toHaveText(RATE_LIMITED);
  await expect(signInPage.email).toHaveValue(email);
});

test("the throttle is per account: another account from the same address still signs in", async ({
  page,
  signInPage,
}) => {
  const address = testAddress();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": address });
  const blocked = `bi.chan.${randomBytes(3).toString("hex")}@kiengiang.example`;
  await signInPage.goto();
  for (let attempt = 1; attempt <= 6; attempt++) {
    await signInPage.signInExpectingError(blocked, `Sai@${attempt}`);
  }
  await expect(signInPage.error).toHaveText(RATE_LIMITED);
  await signInPage.signInAndWait("lanhdao.skhdt@kiengiang.example", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Võ Quốc Kế");
});

test("twenty failures from one address throttle every account from it", async ({ page, signInPage }) => {
  test.setTimeout(120_000); // 21 argon2 verifications on a shared two-core machine
  await signInPage.goto();
  for (let attempt = 1; attempt <= 20; attempt++) {
    // A new unknown account each time: only the address limit can trip.
    await signInPage.signInExpectingError(
      `do.tim.${attempt}.${randomBytes(2).toString("hex")}@kiengiang.example`,
      "Sai@2026",
    );
    await expect(signInPage.error, `attempt ${attempt}`).toHaveText(INVALID);
  }
  await signInPage.signInExpectingError("lanhdao.skhdt@kiengiang.example", DEMO_PASSWORD);
  await expect(signInPage.error).toHaveText(RATE_LIMITED);
  // Another address is not affected.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": testAddress() });
  await signInPage.signInAndWait("lanhdao.skhdt@kiengiang.example", DEMO_PASSWORD);
});

test("an account attacked from another address is slowed, never locked: its owner still signs in", async ({
  page,
  signInPage,
}) => {
  // An account no other test signs in with. Five wrong passwords from the attacker's address block that
  // address for this account; they must not keep the owner, at another address, out.
  const email = "tonghop.snnptnt@kiengiang.example";
  const attacker = testAddress();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": attacker });
  await signInPage.goto();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInPage.signInExpectingError(email, `Sai@${attempt}`);
    await expect(signInPage.error, `attempt ${attempt}`).toHaveText(INVALID);
  }
  await signInPage.signInExpectingError(email, DEMO_PASSWORD);
  await expect(signInPage.error).toHaveText(RATE_LIMITED);

  await page.context().clearCookies();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": testAddress() });
  await signInPage.goto();
  const started = Date.now();
  await signInPage.signInAndWait(email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
  // Slowed by the attack (at least a second), not refused.
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
});
