/**
 * Accounts end to end, on users this spec creates itself (the demo accounts stay untouched: every other
 * spec signs in with them). The administrator creates a viewer at Sở TT&TT (viewers get no reminders, so
 * no other spec's mail or figures move); the link to set the password is read from the outbox as the
 * administrator sees it at /admin/outbox (no SMTP in the browser tests).
 * - The user changes their password: a second browser's session is signed out, this one stays in.
 * - "Quên mật khẩu?": the reset link from the outbox sets a new password, once; the user signs in with it.
 * - The administrator locks a user whose session is open: that session is refused at once.
 * axe on every new page; a screenshot of each is attached to the report.
 */
import { randomBytes } from "node:crypto";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { axeViolations } from "./support/axe";

// Long journeys (three browsers, two emails, axe on each page) on shared two-core machines.
test.describe.configure({ timeout: 480_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const ORGANIZATION = "Sở TT&TT – Sở Thông tin và Truyền thông";

async function expectNoAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const violations = await axeViolations(page, testInfo, { exclude: ["iframe"] });
  expect(violations, `axe violations on ${name}:\n${violations.join("\n")}`).toEqual([]);
  await testInfo.attach(`${name}.png`, {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
}

/** The link in the newest email to `to` whose subject contains `subject`, as the admin reads it. */
async function linkFromOutbox(admin: Page, to: string, subject: string): Promise<string> {
  await admin.goto("/admin/outbox");
  const row = admin.getByRole("row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole("link").click();
  await admin.waitForURL(/\/admin\/outbox\/[a-z0-9]+$/);
  const text = (await admin.locator("pre").textContent()) ?? "";
  const match = text.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error(`no password link in the email to ${to}:\n${text}`);
  return match[0];
}

async function newContextPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Kathmandu" });
  return context.newPage();
}

/** Creates an account through /admin/users and sets its first password through the emailed link. */
async function createAccount(
  admin: Page,
  browser: Browser,
  baseURL: string | undefined,
  testInfo?: TestInfo,
): Promise<{ email: string; name: string; password: string }> {
  const tag = randomBytes(4).toString("hex");
  const account = {
    email: `e2e.h1.${tag}@kiengiang.example`,
    name: `Vũ Thị Kiểm Thử ${tag}`,
    password: `Rừng U Minh ${tag} xanh`,
  };
  await admin.goto("/admin/users");
  await expect(admin.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  await admin.getByLabel("Email", { exact: true }).fill(account.email);
  await admin.getByLabel("Họ và tên").fill(account.name);
  await admin.getByRole("combobox", { name: "Cơ quan, đơn vị" }).last().selectOption({ label: ORGANIZATION });
  await admin.getByRole("combobox", { name: "Vai trò" }).last().selectOption({ label: "Người xem" });
  await admin.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: `Đã tạo tài khoản ${account.email}` }),
  ).toBeVisible();
  if (testInfo) await expectNoAxeViolations(admin, testInfo, "admin-users");

  const link = await linkFromOutbox(admin, account.email, "Tài khoản của bạn đã được tạo");
  const page = await newContextPage(browser, baseURL);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Đặt mật khẩu mới" })).toBeVisible();
  await page.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(account.password);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(account.password);
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await page.waitForURL(/\/sign-in\?reset=1$/);
  await page.context().close();
  return account;
}

async function signedInPage(browser: Browser, baseURL: string | undefined, email: string, password: string) {
  const page = await newContextPage(browser, baseURL);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAndWait(email, password);
  return page;
}

test("a user changes their password: the other session is signed out; then forgets it and resets it by email", async ({
  signInAs,
  browser,
  baseURL,
}, testInfo) => {
  const admin = await signInAs("admin");
  const account = await createAccount(admin, browser, baseURL, testInfo);

  const here = await signedInPage(browser, baseURL, account.email, account.password);
  const elsewhere = await signedInPage(browser, baseURL, account.email, account.password);

  await here.goto("/settings/password");
  await expect(here.getByRole("heading", { level: 1, name: "Đổi mật khẩu" })).toBeVisible();
  await expectNoAxeViolations(here, testInfo, "settings-password");
  // A wrong current password: a Vietnamese message on that field, nothing changed.
  const changed = `Đồng bằng sông Cửu Long ${randomBytes(3).toString("hex")}`;
  await here.getByLabel("Mật khẩu hiện tại").fill("không phải mật khẩu này");
  await here.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(changed);
  await here.getByLabel("Nhập lại mật khẩu mới").fill(changed);
  await here.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(here.getByText("Mật khẩu hiện tại không đúng. Vui lòng nhập lại.")).toBeVisible();
  await expect(here.getByLabel("Mật khẩu hiện tại")).toBeFocused();

  await here.getByLabel("Mật khẩu hiện tại").fill(account.password);
  await here.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(changed);
  await here.getByLabel("Nhập lại mật khẩu mới").fill(changed);
  await here.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await here.waitForURL(/\/settings\/password\?changed=1$/);
  await expect(here.getByRole("status").filter({ hasText: "Đã đổi mật khẩu" })).toBeVisible();
  // This browser holds a fresh session: it keeps working.
  await here.goto("/");
  await expect(here).not.toHaveURL(/\/sign-in/);
  // The other browser's session was issued before the change: refused.
  await elsewhere.goto("/settings/password");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  // The old password no longer opens the account.
  const signInOld = new SignInPage(elsewhere);
  await signInOld.goto();
  await signInOld.signInExpectingError(account.email, account.password);
  await expect(signInOld.error).toHaveText("Email hoặc mật khẩu không đúng.");

  // Forgotten: ask for a link from the sign-in page, signed out.
  const anonymous = await newContextPage(browser, baseURL);
  await anonymous.goto("/sign-in");
  await anonymous.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await anonymous.waitForURL(/\/forgot-password$/);
  await expectNoAxeViolations(anonymous, testInfo, "forgot-password");
  await anonymous.getByLabel("Email").fill(account.email);
  await anonymous.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
  const sent = anonymous.getByRole("status");
  await expect(sent).toContainText(`Nếu ${account.email} có tài khoản trên hệ thống`);
  // The same words for an address without an account.
  await anonymous.goto("/forgot-password");
  const nobody = `khong.co.${randomBytes(3).toString("hex")}@kiengiang.example`;
  await anonymous.getByLabel("Email").fill(nobody);
  await anonymous.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
  await expect(anonymous.getByRole("status")).toContainText(`Nếu ${nobody} có tài khoản trên hệ thống`);

  const link = await linkFromOutbox(admin, account.email, "Đặt lại mật khẩu");
  await anonymous.goto(link);
  await expect(anonymous.getByRole("heading", { level: 1, name: "Đặt mật khẩu mới" })).toBeVisible();
  await expect(anonymous.getByText(`cho tài khoản ${account.email}`)).toBeVisible();
  await expectNoAxeViolations(anonymous, testInfo, "reset-password");
  // Mismatch first: a clear message, nothing consumed.
  const reset = `Mũi Cà Mau đất cuối trời ${randomBytes(3).toString("hex")}`;
  await anonymous.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(reset);
  await anonymous.getByLabel("Nhập lại mật khẩu mới").fill(`${reset}x`);
  await anonymous.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(anonymous.getByText("Hai lần nhập mật khẩu mới không khớp nhau.")).toBeVisible();
  await anonymous.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(reset);
  await anonymous.getByLabel("Nhập lại mật khẩu mới").fill(reset);
  await anonymous.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await anonymous.waitForURL(/\/sign-in\?reset=1$/);
  await expect(anonymous.getByRole("status").filter({ hasText: "Mật khẩu mới đã được đặt" })).toBeVisible();

  const signIn = new SignInPage(anonymous);
  await signIn.signInAndWait(account.email, reset);
  // The session from before the reset (here) is refused; the link works only once.
  await here.goto("/settings/password");
  await expect(here).toHaveURL(/\/sign-in/);
  await anonymous.goto(link);
  await expect(anonymous.getByRole("heading", { level: 2, name: "Liên kết đã được sử dụng" })).toBeVisible();
  await expect(anonymous.getByRole("link", { name: "Yêu cầu liên kết mới" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
  await expectNoAxeViolations(anonymous, testInfo, "reset-password-used");
});

test("the administrator locks a user whose session is open: refused at once, and cannot sign in", async ({
  signInAs,
  browser,
  baseURL,
}, testInfo) => {
  const admin = await signInAs("admin");
  const account = await createAccount(admin, browser, baseURL);
  const user = await signedInPage(browser, baseURL, account.email, account.password);
  await user.goto("/settings/password");
  await expect(user.getByRole("heading", { level: 1, name: "Đổi mật khẩu" })).toBeVisible();

  await admin.goto(`/admin/users?q=${encodeURIComponent(account.email)}`);
  const row = admin.getByRole("row").filter({ hasText: account.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Sở TT&TT · Người xem");
  // Locking asks first, naming the person and saying their sessions end at once; cancelling changes nothing.
  const lockButton = row.getByRole("button", { name: `Khoá tài khoản ${account.name}` });
  const confirm = admin.getByRole("alertdialog", { name: `Khoá tài khoản của ${account.name}?` });
  await lockButton.click();
  await expect(confirm).toContainText(
    `${account.name} sẽ không đăng nhập được nữa, và mọi phiên đăng nhập đang mở của họ kết thúc ngay lập tức.`,
  );
  await expectNoAxeViolations(admin, testInfo, "admin-users-lock-confirm");
  await confirm.getByRole("button", { name: "Hủy" }).click();
  await expect(confirm).toBeHidden();
  await expect(lockButton).toBeFocused();
  await user.reload();
  await expect(user.getByRole("heading", { level: 1, name: "Đổi mật khẩu" })).toBeVisible();
  await expect(row).not.toContainText("Đã khoá từ");

  await lockButton.click();
  await confirm.getByRole("button", { name: "Khoá tài khoản", exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole("status")).toContainText(`Đã khoá tài khoản ${account.name}`);
  await expect(row.getByRole("status")).toBeFocused();
  await expect(row).toContainText("Đã khoá từ");
  await expectNoAxeViolations(admin, testInfo, "admin-users-locked");

  await user.reload();
  await expect(user).toHaveURL(/\/sign-in/);
  const signIn = new SignInPage(user);
  await signIn.goto();
  await signIn.signInExpectingError(account.email, account.password);
  await expect(signIn.error).toHaveText("Email hoặc mật khẩu không đúng.");

  // The locked-only filter finds them; the administrator's own row offers no lock button.
  await admin.goto("/admin/users?status=locked");
  await expect(admin.getByRole("row").filter({ hasText: account.email })).toHaveCount(1);
  await admin.goto("/admin/users?q=admin%40kiengiang.example");
  const own = admin.getByRole("row").filter({ hasText: "admin@kiengiang.example" });
  await expect(own.getByRole("button", { name: /^Khoá tài khoản/ })).toHaveCount(0);
});

test("a staff member gets 404 on the users page", async ({ signInAs }) => {
  const staff = await signInAs("staff");
  const response = await staff.goto("/admin/users");
  expect(response?.status()).toBe(404);
});
