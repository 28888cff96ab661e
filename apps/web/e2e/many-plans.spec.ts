/**
 * "Many plans at once": a second plan, imported next to 182/KH-UBND with its own open 2026 period, shows on
 * the agency's home and in "Việc của tôi" (grouped by plan, nearest agency deadline first, filterable by
 * plan), and its task page leads to the update editor of its own period.
 *
 * The second plan is Sở NN&PTNT's alone (lead and focal agency): no other spec signs in as Sở NN&PTNT, so
 * their pages keep one plan. With E2E_SCREENSHOTS=<folder>, home and "Việc của tôi" are photographed at
 * 1366 px and 390 px.
 */
import path from "node:path";
import { DEMO_PASSWORD } from "./accounts";
import { lit, sql, sqlOne } from "./authz/db";
import { expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

const folder = process.env.E2E_SCREENSHOTS;
const EMAIL = "chuyenvien.snnptnt@kiengiang.example";
const SYMBOL = "27/KH-UBND";
const TITLE =
  "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Kiên Giang giai đoạn 2026 - 2030";

let planId: string;
let taskId: string;

test.beforeAll(async () => {
  const existing = await sql(`SELECT "id" FROM "Plan" WHERE "symbol" = ${lit(SYMBOL)}`);
  if (existing[0]?.[0]) {
    planId = existing[0][0];
  } else {
    const org = await sqlOne(`SELECT "id" FROM "Organization" WHERE "code" = 'SNNPTNT'`);
    planId = await sqlOne(`
      INSERT INTO "Plan" ("id", "number", "symbol", "documentType", "issuedOn", "place", "issuerId", "signerName",
        "signerTitle", "title", "recipients", "focalOrganizationId", "validFromYear", "validToYear", "status",
        "reportDueDay", "reportDueMonth", "searchKey", "updatedAt")
      SELECT 'e2e-many-plan', '27', ${lit(SYMBOL)}, p."documentType", DATE '2026-02-15', p."place", p."issuerId",
        p."signerName", p."signerTitle", ${lit(TITLE)}, '{}', ${lit(org)}, 2026, 2030, 'ACTIVE', 30, 11,
        'ke hoach nong thon moi', now()
      FROM "Plan" p WHERE p."symbol" = '182/KH-UBND'
      RETURNING "id"`);
    const section = await sqlOne(`
      INSERT INTO "Section" ("id", "planId", "code", "number", "heading", "order", "depth", "searchKey")
      VALUES ('e2e-many-section', ${lit(planId)}, 'II', 'II', 'Nhiệm vụ, giải pháp', 1, 0, 'nhiem vu giai phap')
      RETURNING "id"`);
    await sql(`
      INSERT INTO "Task" ("id", "planId", "sectionId", "code", "heading", "content", "order", "leadOrganizationId",
        "kind", "timeTexts", "searchKey", "updatedAt")
      VALUES
        ('e2e-many-t1', ${lit(planId)}, ${lit(section)}, 'NTM.1', 'Quy hoạch xã nông thôn mới',
          'Rà soát, điều chỉnh quy hoạch chung xây dựng xã đáp ứng tiêu chí nông thôn mới nâng cao.', 1,
          ${lit(org)}, 'RECURRING', '{}', 'ra soat quy hoach xa nong thon moi', now()),
        ('e2e-many-t2', ${lit(planId)}, ${lit(section)}, 'NTM.2', 'Phát triển sản xuất',
          'Hỗ trợ phát triển sản xuất theo chuỗi giá trị, mỗi xã một sản phẩm (OCOP).', 2,
          ${lit(org)}, 'RECURRING', '{}', 'ho tro phat trien san xuat ocop', now())`);
    // Its agency deadline comes before 182/KH-UBND's: this plan is listed first.
    await sql(`
      INSERT INTO "ReportingPeriod" ("id", "planId", "year", "cutoffDate", "agencyDeadline", "reportDueDate", "state",
        "updatedAt")
      SELECT 'e2e-many-period', ${lit(planId)}, 2026, DATE '2026-01-01',
        LEAST(p."agencyDeadline" - 7, DATE '2026-11-20'), DATE '2026-11-30', 'OPEN', now()
      FROM "ReportingPeriod" p JOIN "Plan" pl ON pl."id" = p."planId"
      WHERE pl."symbol" = '182/KH-UBND' AND p."state" = 'OPEN'`);
  }
  taskId = "e2e-many-t1";
});

test("the agency sees both plans on its home and in 'Việc của tôi', and updates the new plan's task", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(EMAIL, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === "/");

  // Home: one card per plan with an open period.
  const heading = (symbol: string) =>
    page.getByRole("heading", {
      level: 2,
      name: `Nhiệm vụ của Sở Nông nghiệp và Phát triển nông thôn trong Kế hoạch ${symbol}`,
    });
  await expect(heading(SYMBOL)).toBeVisible();
  const newCard = page.locator(`[data-plan="${SYMBOL}"]`);
  await expect(newCard.getByText("NTM.1")).toBeVisible();
  await expect(newCard.getByText(/Báo cáo của cơ quan: Chưa gửi/)).toBeVisible();
  await shoot(page, "home");

  // Việc của tôi: grouped by plan, nearest deadline first.
  await page.goto("/my-tasks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi");
  const groups = page.getByTestId("my-tasks").locator("section[data-plan]");
  await expect(groups.first()).toHaveAttribute("data-plan", SYMBOL);
  const symbols = await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-plan")));
  expect(symbols).toContain(SYMBOL);
  await expect(page.getByRole("link", { name: `Báo cáo của cơ quan ${SYMBOL}` })).toHaveAttribute(
    "href",
    /\/periods\/e2e-many-period\/submission\?org=/,
  );
  await shoot(page, "my-tasks");

  // The plan filter: only the new plan's group.
  const option = await page.locator("#my-tasks-plan option", { hasText: SYMBOL }).getAttribute("value");
  await page.locator("#my-tasks-plan").selectOption(option ?? "");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/plan=/);
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toHaveAttribute("data-plan", SYMBOL);

  // The new plan's task page has "Cập nhật", to its own period's editor.
  await page.goto(`/tasks/${taskId}`);
  const update = page.getByRole("link", { name: /^Cập nhật/ });
  await expect(update).toHaveAttribute("href", /\/periods\/e2e-many-period\/tasks\/e2e-many-t1\?org=/);
  await update.click();
  await page.waitForURL(/\/periods\/e2e-many-period\/tasks\//);
  await expect(page.getByText(SYMBOL).first()).toBeVisible();
  await expect(page.getByLabel("Kết quả thực hiện")).toBeEditable();
});

async function shoot(page: import("@playwright/test").Page, name: string) {
  if (!folder) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(folder, `many-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
