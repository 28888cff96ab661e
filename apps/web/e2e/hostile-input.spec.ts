/**
 * Hostile input through the real UI: script, HTML, `javascript:` text, right-to-left and zero-width
 * characters and a 10,000-character text typed into an update, a comment, the agency's report cover, an
 * API token's name and the user's own name; then every page that shows them back is opened and must show
 * them literally, run nothing (no `window.__pwned`) and open no dialog. Also CSRF over HTTP: a server
 * action posted with a foreign Origin is refused and changes nothing.
 *
 * Its own account (staff and approver of UBND huyện Giang Thành, which no other spec writes with) is made
 * by e2e/support/hostile-user.ts. Its payloads and checks are e2e/support/hostile-page.ts, shared with
 * hostile-directives.spec.ts and hostile-plan-report.spec.ts.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "./accounts";
import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import {
  BIDI,
  expectInert,
  JS_LINK,
  LONG,
  makeUser,
  SCRIPT,
  SVG,
  trap,
  USER_NAME,
} from "./support/hostile-page";

test.describe.configure({ timeout: 480_000 });

const webDir = path.resolve(import.meta.dirname, "..");

test("payloads typed into every field are shown literally wherever they are read back", async ({
  browser,
  signInAs,
}) => {
  const email = `h4.giangthanh.${randomBytes(3).toString("hex")}@kiengiang.example`;
  await makeUser(email, USER_NAME);
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = trap(page);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAndWait(email, DEMO_PASSWORD);
  await expectInert(page, dialogs, "home");

  // The update: every long text field.
  await page.goto("/my-tasks");
  await page
    .getByRole("link", { name: /^Cập nhật / })
    .first()
    .click();
  await page.waitForURL(/\/periods\/[^/]+\/tasks\//);
  const taskUrl = page.url();
  await page.getByLabel("Đang thực hiện").check();
  await page.getByLabel("Kết quả thực hiện").fill(`${SCRIPT} ${SVG}`);
  await page.getByLabel("Khó khăn, vướng mắc").fill(`${BIDI} ${JS_LINK}`);
  await page.getByLabel("Đề xuất, kiến nghị").fill(LONG);
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByLabel("Kết quả thực hiện")).toHaveValue(`${SCRIPT} ${SVG}`);
  await expect(page.getByLabel("Khó khăn, vướng mắc")).toHaveValue(`${BIDI} ${JS_LINK}`);
  await expect(page.getByLabel("Đề xuất, kiến nghị")).toHaveValue(LONG);
  await expectInert(page, dialogs, "update editor");

  // A comment on the update.
  await page.getByLabel("Ý kiến của bạn").fill(`${SVG} ${JS_LINK}`);
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByText("Đã gửi ý kiến.")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByText(`${SVG} ${JS_LINK}`, { exact: true })).toBeVisible();
  await expectInert(page, dialogs, "comment thread");

  // The agency's report cover, then submitted so the focal agency reads all of it.
  await page.goto("/my-tasks");
  await page.getByRole("link", { name: "Báo cáo của cơ quan 182/KH-UBND" }).click();
  await page.waitForURL(/\/submission/);
  const submissionUrl = page.url();
  await page.getByLabel("Nội dung tóm tắt").fill(`${SCRIPT} ${BIDI}`);
  await page.getByRole("button", { name: "Gửi báo cáo" }).first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText(/Đã gửi báo cáo \(lần gửi thứ 1\)/)).toBeVisible({ timeout: 30_000 });
  await page.goto(submissionUrl);
  await expect(page.getByText(`${SCRIPT} ${BIDI}`, { exact: true }).first()).toBeVisible();
  await expectInert(page, dialogs, "own submission");

  // An API token's name.
  await page.goto("/settings/tokens");
  await page.getByLabel("Tên gợi nhớ").fill(SVG);
  await page.getByRole("button", { name: "Tạo mã" }).click();
  await expect(page.getByText("Mã mới (sao chép ngay, sẽ không hiện lại):")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByText(SVG, { exact: true }).first()).toBeVisible();
  await expectInert(page, dialogs, "API tokens");
  await context.close();

  // The focal agency reads everything back: task page, board, the agency's report, notifications, report.
  const compiler = await signInAs("compiler");
  const compilerDialogs = trap(compiler);
  await compiler.goto(taskUrl.replace(/\?.*$/, ""));
  await expectInert(compiler, compilerDialogs, "task page (compiler)");
  const periodId = new URL(taskUrl).pathname.split("/")[2] as string;
  await compiler.goto(`/periods/${periodId}/submissions`);
  await expectInert(compiler, compilerDialogs, "submissions board");
  await compiler.getByRole("link", { name: /Xem báo cáo của .*Giang Thành/ }).click();
  await compiler.waitForURL(/\/submissions\/[^/]+$/);
  await expect(compiler.getByText(`${SCRIPT} ${BIDI}`, { exact: true }).first()).toBeVisible();
  await expect(compiler.getByText(`${SCRIPT} ${SVG}`, { exact: true }).first()).toBeVisible();
  await expectInert(compiler, compilerDialogs, "agency report (compiler)");
  for (const url of ["/notifications", `/periods/${periodId}/report`, "/search?q=__pwned"]) {
    await compiler.goto(url);
    await expectInert(compiler, compilerDialogs, url);
  }

  // The administrator's audit log and outbox, where the user's name and the texts are logged.
  const admin = await signInAs("admin");
  const adminDialogs = trap(admin);
  for (const url of ["/admin/audit", "/admin/outbox", "/admin/users"]) {
    await admin.goto(url);
    await expectInert(admin, adminDialogs, url);
  }
  await admin.goto("/admin/audit");
  // The user's name as its author in the log's table (it is also an <option> of the actor filter).
  await expect(admin.getByRole("row").filter({ hasText: USER_NAME }).first()).toBeVisible();
});

/** The id Next.js gave a server action, from this build's manifest, by its exported name. */
function actionId(exportedName: string): string {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    readFileSync(path.join(webDir, dist, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, unknown> };
  const found = Object.entries(manifest.node).find(([, entry]) =>
    JSON.stringify(entry).includes(`"${exportedName}"`),
  );
  if (!found) throw new Error(`no server action ${exportedName} in the manifest`);
  return found[0];
}

test.describe("CSRF on server actions", () => {
  test.use({ role: "compiler" });

  test("a server action posted from a foreign Origin is refused and does not run", async ({
    page,
    baseURL,
  }) => {
    // setLocaleAction(form) sets a cookie when it runs: whether it ran shows in the answer's Set-Cookie.
    const id = actionId("setLocaleAction");
    const post = (origin: string) =>
      page.request.post("/notifications", {
        headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component" },
        multipart: { "0": '["$K1"]', "1_locale": "en" },
        failOnStatusCode: false,
        maxRedirects: 0,
      });
    const foreign = await post("https://evil.example");
    expect(foreign.status()).toBe(500);
    expect(foreign.headers()["set-cookie"] ?? "").not.toContain("locale=");
    await page.goto("/notifications");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    // The same request from the app's own origin runs: the Origin check is what stopped the first one.
    const same = await post(baseURL as string);
    expect(same.status()).toBe(200);
    // It ran: it set its cookie (to "vi": this hand-made form is not decoded to the field it reads, which
    // is beside the point; the foreign request above set none).
    expect(same.headers()["set-cookie"] ?? "").toContain("locale=");
  });
});
