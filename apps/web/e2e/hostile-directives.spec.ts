/**
 * Hostile input in directives (ý kiến chỉ đạo) and their answers, typed through the real UI: the leader
 * writes one to an agency from the dashboard and one on a task, the agency answers both from its home;
 * then every page that shows them (the agency's home and notifications, the task page for the agency,
 * the leader and the compiler, the leader's notifications and dashboard, the administrator's audit log)
 * must show them literally and run nothing (e2e/support/hostile-page.ts).
 *
 * The addressee is Ban Chỉ huy PCTT-TKCN&PTDS tỉnh, lead of task II.2.c, which has no demo account and
 * which no other spec directs or reports for; its own staff-and-approver account, whose name is itself
 * a payload, is made by e2e/support/hostile-user.ts.
 */
import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";
import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import {
  BIDI,
  BREAKOUT,
  expectInert,
  expectInertAt,
  JS_LINK,
  makeUser,
  SCRIPT,
  SVG,
  trap,
  USER_NAME,
} from "./support/hostile-page";

test.describe.configure({ timeout: 180_000 });

const AGENCY = "BCH PCTT-TKCN&PTDS tỉnh";
const TASK = "II.2.c";

async function openTask(page: Page, code: string): Promise<string> {
  await page.goto("/plans");
  await page
    .getByRole("link", { name: /182\/KH-UBND/ })
    .first()
    .click();
  await page.waitForURL(/\/plans\/[^/]+$/);
  await page.locator(`[id="task-${code}"]`).getByRole("link").first().click();
  await page.waitForURL(/\/tasks\/[^/#?]+/);
  return new URL(page.url()).pathname;
}

async function sendDirective(form: Locator, body: string) {
  await expect(form.getByLabel("Cơ quan nhận chỉ đạo").locator("option:checked")).toContainText(AGENCY);
  await form.getByLabel("Nội dung chỉ đạo").fill(body);
  await form.getByRole("button", { name: "Gửi ý kiến chỉ đạo" }).click();
  await expect(form.getByText("Đã gửi ý kiến chỉ đạo. Cơ quan đã được thông báo.")).toBeVisible({
    timeout: 20_000,
  });
}

/** The text is on the page as text: an element whose whole text it is. */
async function expectShown(page: Page, text: string, where: string) {
  await expect(page.getByText(text, { exact: true }).first(), where).toBeVisible();
}

test("directives and their answers are shown literally to the agency, the leader and the others", async ({
  browser,
  signInAs,
}) => {
  const tag = randomBytes(3).toString("hex");
  const toAgency = `Chỉ đạo ${tag} ${SCRIPT} ${JS_LINK}`;
  const onTask = `Chỉ đạo nhiệm vụ ${tag} ${SVG} ${BIDI}`;
  const agencyAnswer = `Trả lời ${tag} ${BREAKOUT} ${JS_LINK}`;
  const taskAnswer = `Trả lời nhiệm vụ ${tag} ${SCRIPT} ${SVG}`;
  const email = `h4.pctt.${tag}@kiengiang.example`;
  // The agency's user exists before the directives: they notify the members the agency has when sent.
  await makeUser(email, USER_NAME, "BCH-PCTT");

  // The leader writes both: to the agency from the dashboard, on its task from the task page.
  const leader = await signInAs("leader");
  const leaderDialogs = trap(leader);
  await leader.goto("/dashboard"); // the portfolio: every plan; the directive is given on one plan's dashboard
  await leader.getByRole("link", { name: "Xem bảng điều hành Kế hoạch 182/KH-UBND" }).click();
  const direct = leader.getByRole("region", { name: "Ý kiến chỉ đạo gửi cơ quan chủ trì" });
  await direct.getByLabel("Cơ quan nhận chỉ đạo").selectOption({ label: AGENCY });
  await sendDirective(direct, toAgency);
  await expectInert(leader, leaderDialogs, "dashboard after a directive");
  const taskPath = await openTask(leader, TASK);
  await sendDirective(leader.getByRole("region", { name: "Ý kiến chỉ đạo về nhiệm vụ" }), onTask);
  await leader.reload();
  await expectShown(leader, onTask, "task page (leader, before the answer)");
  await expectInert(leader, leaderDialogs, "task page (leader, before the answer)");

  // The agency reads them on its home and answers each there.
  const context = await browser.newContext();
  const agency = await context.newPage();
  const agencyDialogs = trap(agency);
  const signIn = new SignInPage(agency);
  await signIn.goto();
  await signIn.signInAndWait(email, DEMO_PASSWORD);
  const desk = agency.getByRole("region", { name: /Ý kiến chỉ đạo chờ .* trả lời/ });
  for (const body of [toAgency, onTask]) await expect(desk.getByText(body, { exact: true })).toBeVisible();
  await expectInert(agency, agencyDialogs, "agency home");
  for (const [body, answer] of [
    [toAgency, agencyAnswer],
    [onTask, taskAnswer],
  ] as const) {
    const card = desk.getByTestId("directive").filter({ hasText: body });
    await card.getByLabel("Nội dung trả lời").fill(answer);
    await card.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(card).toContainText("Đã trả lời", { timeout: 20_000 });
  }
  await agency.reload();
  for (const text of [toAgency, onTask, agencyAnswer, taskAnswer])
    await expectShown(agency, text, "agency home");
  // The answerer's name, itself a payload, beside the answer.
  await expect(desk.getByText(`Trả lời của ${USER_NAME},`).first()).toBeVisible();
  await expectInert(agency, agencyDialogs, "agency home, answered");
  await agency.goto("/notifications");
  await expectShown(agency, toAgency, "agency notifications");
  await expectShown(agency, onTask, "agency notifications");
  await expectInert(agency, agencyDialogs, "agency notifications");
  await agency.goto(taskPath);
  await expectShown(agency, taskAnswer, "task page (agency)");
  await expectInert(agency, agencyDialogs, "task page (agency)");
  await context.close();

  // The leader reads the answers on the task and in the notifications.
  await leader.goto(taskPath);
  await expectShown(leader, onTask, "task page (leader)");
  await expectShown(leader, taskAnswer, "task page (leader)");
  await expectInert(leader, leaderDialogs, "task page (leader)");
  await leader.goto("/notifications");
  await expectShown(leader, agencyAnswer, "leader notifications");
  await expectShown(leader, taskAnswer, "leader notifications");
  await expectInert(leader, leaderDialogs, "leader notifications");

  // Anyone else who reads the task, and the administrator's audit log (which records both texts).
  const compiler = await signInAs("compiler");
  const compilerDialogs = trap(compiler);
  await compiler.goto(taskPath);
  await expectShown(compiler, taskAnswer, "task page (compiler)");
  await expectInert(compiler, compilerDialogs, "task page (compiler)");
  const admin = await signInAs("admin");
  const adminDialogs = trap(admin);
  await expectInertAt(admin, adminDialogs, ["/admin/audit"]);
  await expect(admin.locator("ins", { hasText: `Trả lời nhiệm vụ ${tag} <script>` }).first()).toBeVisible();
});
