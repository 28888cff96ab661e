/**
 * Hostile input in the fields of a plan's import review, a working-calendar day and the consolidated
 * report, typed through the real UI, then read back wherever it is shown (e2e/support/hostile-page.ts:
 * shown literally, nothing run, no dialog, no injected element):
 *
 * - the administrator names a day off (06/12/2027) with a payload: the calendar, and the deadline notes
 *   of the report and the submissions board of a period due that day;
 * - the compiler pastes a plan with markup in it and, on the review screen, types payloads into the
 *   number, the title, two tasks' content, a deadline text and the name of a new organization (a task's
 *   lead): the plan page, a task page, search, the leader's dashboard, the organizations list and, once
 *   the administrator publishes the plan, its public page;
 * - in the plan's 2027 period the compiler compiles the report and types payloads into a section's
 *   comment, a task's results, the summaries of III and IV (one 10,000 characters long), the direction
 *   for next year and the signer and recipients: the report page (compiler, leader), its HTML preview
 *   and the DOCX (whose text must carry the payloads as text).
 *
 * Its plan (a fresh number each run, focal agency Sở TN&MT) has fewer periods than 182/KH-UBND, so it is
 * never the "current plan" of the home pages other specs use; its period is 2027, which no other spec
 * opens, and the new organization (Kho bạc Nhà nước tỉnh; Bảo hiểm xã hội tỉnh on a retry, when the first
 * is in the directory) is named by no other spec.
 */
import { randomBytes } from "node:crypto";
import { openDocx, paragraphs } from "@plan-tracker/report-export/testing/docx-xml";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  BIDI,
  BREAKOUT,
  expectInert,
  expectInertAt,
  JS_LINK,
  LONG,
  SCRIPT,
  SVG,
  trap,
} from "./support/hostile-page";

test.describe.configure({ timeout: 240_000 });

const IMG = `<img src=x onerror="window.__pwned=1">`;

/** An element whose whole text is this (the text is shown as text, not parsed as markup). */
async function expectShown(page: Page, text: string, where: string) {
  await expect(page.getByText(text, { exact: true }).first(), where).toBeVisible();
}

/** An element whose text contains this. */
async function expectInText(page: Page, text: string, where: string) {
  await expect(page.getByText(text).first(), where).toBeVisible();
}

/** Agencies the directory lacks, which the parser proposes to create, with the codes it proposes. */
const NEW_AGENCIES = [
  { name: "Kho bạc Nhà nước tỉnh", code: "KBNN" },
  { name: "Bảo hiểm xã hội tỉnh", code: "BHXH" },
] as const;

function pastedPlan(number: number, agency: string): string {
  return `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: ${number}/KH-UBND
Kiên Giang, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Kiểm thử dữ liệu nhập <b>đậm</b> năm 2026

Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm thử như sau:
1. NHIỆM VỤ
1.1. Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng kiểm tra ${IMG} việc khai thác nước dưới đất; thực hiện thường xuyên.
1.2. ${agency} chủ trì rà soát danh mục nguồn nước; hoàn thành trước ngày 30/6/2026.
2. TỔ CHỨC THỰC HIỆN
2.1. Sở Tài nguyên và Môi trường là cơ quan đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12 hàng năm.
Trên đây là Kế hoạch kiểm thử dữ liệu nhập./.
`;
}

test("plan review fields, a calendar day's name and the report's texts are shown literally everywhere", async ({
  browser,
  baseURL,
  signInAs,
}, testInfo) => {
  // A retry (or a repetition) runs on the same database, where the first attempt's agency now exists.
  const attempt = testInfo.retry + testInfo.repeatEachIndex;
  const agency = NEW_AGENCIES[attempt % NEW_AGENCIES.length] as (typeof NEW_AGENCIES)[number];
  const tag = randomBytes(3).toString("hex");
  const number = 700 + (Number.parseInt(tag, 16) % 9000);
  const symbol = `${number}/KH-UBND${SVG}`;
  const title = `Kế hoạch kiểm thử ${tag} ${BREAKOUT}`;
  const content1 = `Kiểm tra khai thác nước ${tag} ${SVG} ${JS_LINK}`;
  const content2 = `Rà soát danh mục nguồn nước ${tag} ${BIDI} ${SCRIPT}`;
  const deadline = `thường xuyên ${SCRIPT}`;
  const organization = `${agency.name} ${tag} ${IMG}`;
  const dayOff = `Nghỉ ${tag} ${SVG} & "bù"`;
  const sectionComment = [`Nhận xét ${tag} ${SCRIPT}`, BIDI];
  const result = `Kết quả ${tag} ${SVG} ${JS_LINK}`;
  const difficulties = `Khó khăn ${tag} ${SVG} ${BIDI}`;
  const proposals = LONG.trimEnd();
  const nextYear = [`- ${BREAKOUT}`, `- ${JS_LINK}`];
  const signer = {
    authority: `KT. ${SVG}`,
    title: `GIÁM ĐỐC ${tag} <script>window.__pwned=1</script>`,
    name: `${IMG}Nguyễn ${tag}`,
  };
  const recipients = [JS_LINK, BIDI, BREAKOUT];

  // The administrator names the day the period's report falls due.
  const admin = await signInAs("admin");
  const adminDialogs = trap(admin);
  await admin.goto("/admin/calendar?year=2027");
  await admin.getByLabel("Ngày", { exact: true }).fill("2027-12-06");
  await admin.getByLabel("Tên gọi").fill(dayOff);
  await admin.getByRole("button", { name: "Thêm" }).click();
  await expectShown(admin, `06/12/2027 — ${dayOff} (Ngày nghỉ)`, "calendar");
  await expectInert(admin, adminDialogs, "calendar");

  // The compiler pastes the plan and reviews it.
  const compiler = await signInAs("compiler");
  const compilerDialogs = trap(compiler);
  await compiler.goto("/plans/import");
  await compiler.getByLabel("Dán nội dung kế hoạch").fill(pastedPlan(number, agency.name));
  await compiler.getByRole("button", { name: "Phân tích văn bản" }).click();
  await compiler.waitForURL(/\/plans\/import\/[a-z0-9]+$/, { timeout: 30_000 });
  await expect(compiler.getByRole("region", { name: "Văn bản gốc" })).toContainText(IMG);
  await expectInert(compiler, compilerDialogs, "review, as parsed");
  await compiler.getByLabel("Số, ký hiệu").fill(symbol);
  await compiler.getByLabel("Trích yếu").fill(title);
  const task1 = compiler.locator('[id="review-1.1"]');
  await task1.getByLabel("Nội dung nhiệm vụ").fill(content1);
  await task1.getByLabel(/^Thời hạn \(như văn bản ghi/).fill(deadline);
  await compiler.locator('[id="review-1.2"]').getByLabel("Nội dung nhiệm vụ").fill(content2);
  await compiler.getByLabel("Tên cơ quan mới").fill(organization);
  await compiler.getByLabel(`Tạo mới «${organization}» (mã ${agency.code})`).check();
  await compiler.locator('[id="review-1.2"]').getByLabel("Cơ quan chủ trì").selectOption(agency.code);
  await expect(compiler.getByRole("heading", { name: "Không còn điểm nào cần sửa." })).toBeVisible();
  await expectInert(compiler, compilerDialogs, "review, edited");
  await compiler.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await compiler.waitForURL(/\/plans\/[a-z0-9]+\?imported=1$/, { timeout: 30_000 });
  const planPath = new URL(compiler.url()).pathname;
  const planId = planPath.split("/").pop() as string;
  await expect(compiler.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectShown(compiler, symbol, "plan page");
  await expectInert(compiler, compilerDialogs, "plan page");
  await compiler.locator('[id="task-1.1"]').getByRole("link").first().click();
  await compiler.waitForURL(/\/tasks\//);
  const taskPath = new URL(compiler.url()).pathname;
  await expectInText(compiler, content1, "task page");
  await expectInText(compiler, deadline, "task page");
  await expectInert(compiler, compilerDialogs, "task page");
  await compiler.goto(`/search?q=${tag}`);
  await expectInText(compiler, tag, "search");
  await expectInert(compiler, compilerDialogs, "search");

  // Its 2027 period, due on the named day off.
  await compiler.goto(`${planPath}/periods`);
  await compiler.getByLabel("Năm báo cáo").fill("2027");
  await compiler.getByLabel("Thời điểm chốt số liệu", { exact: true }).fill("15/11/2027");
  await compiler.getByLabel("Hạn gửi báo cáo", { exact: true }).fill("25/11/2027");
  await compiler.getByLabel("Hạn báo cáo UBND tỉnh", { exact: true }).fill("06/12/2027");
  await compiler.getByRole("button", { name: "Mở kỳ báo cáo" }).click();
  await expect(compiler.getByText("Đã mở kỳ báo cáo năm 2027.")).toBeVisible({ timeout: 20_000 });
  const reportHref = await compiler
    .locator('a[href^="/periods/"][href$="/report"]')
    .first()
    .getAttribute("href");
  const reportPath = reportHref as string;
  const boardPath = reportPath.replace(/\/report$/, "/submissions");

  // The report: compiled, three parts edited, the signer and recipients set.
  await compiler.goto(reportPath);
  await expectInText(compiler, dayOff, "report, deadline note");
  await compiler.getByRole("button", { name: "Tổng hợp báo cáo" }).click();
  await expect(compiler.getByText("Đã tổng hợp báo cáo.")).toBeVisible({ timeout: 30_000 });
  for (const [part, text] of [
    ["Nhận xét mục 1", sectionComment.join("\n")],
    ["Kết quả (cơ quan chủ trì) 1.1", result],
    ["III. KHÓ KHĂN, VƯỚNG MẮC", difficulties],
    ["IV. ĐỀ XUẤT, KIẾN NGHỊ", proposals],
    ["V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2028", nextYear.join("\n")],
  ] as const) {
    await compiler.getByRole("button", { name: `Biên tập: ${part}`, exact: true }).click();
    await compiler.getByLabel(`Nội dung: ${part}`).fill(text);
    await compiler.getByRole("button", { name: "Lưu đoạn này" }).click();
    await expect(compiler.getByRole("button", { name: `Biên tập: ${part}`, exact: true })).toBeVisible({
      timeout: 20_000,
    });
  }
  const settings = compiler.getByRole("region", { name: "Thông tin văn bản" });
  await settings.getByLabel("Thẩm quyền ký").fill(signer.authority);
  await settings.getByLabel("Chức vụ người ký").fill(signer.title);
  await settings.getByLabel("Họ và tên người ký").fill(signer.name);
  await settings.getByLabel("Nơi nhận").fill(recipients.join("\n"));
  await settings.getByRole("button", { name: "Lưu thông tin" }).click();
  await expect(settings.getByText("Đã lưu.")).toBeVisible({ timeout: 20_000 });
  await compiler.reload();
  await expect(settings.getByLabel("Họ và tên người ký")).toHaveValue(signer.name);
  await expect(settings.getByLabel("Nơi nhận")).toHaveValue(recipients.join("\n"));

  const reportTexts = [
    ...sectionComment,
    result,
    difficulties,
    proposals,
    ...nextYear,
    content1,
    content2,
    organization,
  ];
  for (const text of reportTexts) await expectShown(compiler, text, `report (compiler): ${text}`);
  await expectInText(compiler, BREAKOUT, "report (compiler): the plan's title in the introduction");
  await expectInert(compiler, compilerDialogs, "report (compiler)");
  await compiler.goto(boardPath);
  await expectInText(compiler, dayOff, "submissions board");
  await expectInert(compiler, compilerDialogs, "submissions board");

  // The HTML preview and the DOCX carry every text as text.
  const printedTexts = [
    ...reportTexts,
    signer.authority.toLocaleUpperCase("vi"),
    signer.title.toLocaleUpperCase("vi"),
    signer.name,
    ...recipients.map((r) => `- ${r};`),
  ];
  await compiler.goto(`${reportPath}/export/html`);
  for (const text of printedTexts) await expectInText(compiler, text, `HTML preview: ${text}`);
  await expectInert(compiler, compilerDialogs, "HTML preview");
  const docx = await compiler.request.get(`${reportPath}/export/docx`);
  expect(docx.status()).toBe(200);
  const { document } = await openDocx(await docx.body());
  expect(document, "DOCX: no markup from the texts").not.toMatch(/<(script|img|svg)\b/i);
  const docText = paragraphs(document)
    .map((p) => p.text)
    .join("\n");
  for (const text of printedTexts) expect(docText, `DOCX: ${text}`).toContain(text);

  // The leader reads the report, its preview, the dashboard, the plan and the task.
  const leader = await signInAs("leader");
  const leaderDialogs = trap(leader);
  await leader.goto(reportPath);
  for (const text of reportTexts) await expectShown(leader, text, `report (leader): ${text}`);
  await expectInert(leader, leaderDialogs, "report (leader)");
  await leader.goto(`/dashboard?plan=${planId}`);
  await expectInText(leader, symbol, "dashboard");
  await expectInert(leader, leaderDialogs, "dashboard");
  await expectInertAt(leader, leaderDialogs, [`${reportPath}/export/html`, boardPath, planPath, taskPath]);

  // Published by the administrator: the public page, without an account.
  await admin.goto(planPath);
  const toggle = admin.getByRole("region", { name: "Trang công khai" });
  await toggle.getByRole("button", { name: "Công khai kế hoạch" }).click();
  await expect(toggle.getByText("Đã công khai kế hoạch.")).toBeVisible({ timeout: 20_000 });
  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  const visitorDialogs = trap(visitor);
  await visitor.goto(`/public/plans/${planId}`);
  await expectShown(visitor, title, "public page");
  await expectInText(visitor, content1, "public page");
  await expectInText(visitor, organization, "public page");
  await expectInert(visitor, visitorDialogs, "public page");
  await visitorContext.close();
  await expectInertAt(admin, adminDialogs, ["/admin/audit", "/organizations", reportPath]);
});
