/**
 * The administrator's audit log: filters in the URL, the CSV export, and nobody else may see either.
 * Its own events, under an entity type no other spec writes, inserted straight into the run's database.
 */
import { randomBytes } from "node:crypto";
import { createDatabase } from "@plan-tracker/db";
import { account } from "./accounts";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";
import { databaseUrlFor, testServerUrl } from "./support/names";

const entityType = `E2eAudit${randomBytes(4).toString("hex")}`;

test.beforeAll(async () => {
  const db = createDatabase({
    url: databaseUrlFor(process.env.E2E_DATABASE_NAME ?? "", testServerUrl()),
    poolSize: 1,
  });
  try {
    const staff = await db.prisma.user.findUniqueOrThrow({ where: { email: account("staff").email } });
    await db.prisma.auditEvent.createMany({
      data: [
        // 23:30 on 27/11/2026 and 00:30 on 28/11/2026, Vietnam time.
        {
          at: new Date("2026-11-27T16:30:00Z"),
          actorId: staff.id,
          action: "e2e.before",
          entityType,
          entityId: "hom-truoc",
        },
        {
          at: new Date("2026-11-27T17:30:00Z"),
          actorId: staff.id,
          action: "e2e.change",
          entityType,
          entityId: '=HYPERLINK("http://evil.example")',
          before: { ketQua: "Đã triển khai, một phần" },
          after: { ketQua: 'Hoàn thành "đúng hạn"\ndòng hai' },
        },
      ],
    });
  } finally {
    await db.close();
  }
});

test.describe("an administrator", () => {
  test.use({ role: "admin" });

  test("filters by entity and Vietnam day, sees the change, and downloads the CSV", async ({ page }) => {
    // An axe scan and a download on a shared two-core machine: more than the default minute.
    test.setTimeout(150_000);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Nhật ký hệ thống" })).toBeVisible();
    await page.getByLabel("Loại đối tượng").fill(entityType);
    await page.getByLabel("Từ ngày").fill("2026-11-28");
    await page.getByLabel("Đến ngày").fill("2026-11-28");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(new RegExp(`entityType=${entityType}.*from=2026-11-28&to=2026-11-28`));

    const rows = page.getByRole("table", { name: "Nhật ký hệ thống" }).getByRole("row");
    await expect(rows).toHaveCount(2); // header + the 00:30 event; the 23:30 one is the day before
    await expect(rows.nth(1)).toContainText("28/11/2026 00:30:00");
    await expect(rows.nth(1)).toContainText("e2e.change");
    await expect(rows.nth(1)).toContainText("Đã triển khai, một phần");
    await expect(rows.nth(1)).toContainText("Hoàn thành");
    await page.screenshot({ path: test.info().outputPath("audit-log.png"), fullPage: true });
    const violations = await axeViolations(page, test.info());
    expect(violations, `axe violations on the audit log:\n${violations.join("\n")}`).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Xuất CSV" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Số thứ tự,Thời điểm (giờ Việt Nam),Người thực hiện,Thư điện tử,Cơ quan,Hành động,Loại đối tượng,Mã đối tượng,Mã kế hoạch,Trước,Sau,Địa chỉ IP,Trình duyệt",
    );
    expect(text).toContain(`,28/11/2026 00:30:00,${account("staff").name},${account("staff").email},`);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(text).toContain(`"{""ketQua"":""Hoàn thành \\""đúng hạn\\""\\ndòng hai""}"`);
    expect(text).not.toContain("hom-truoc");
    expect(lines.filter(Boolean)).toHaveLength(2);

    // The export is audited: it shows up in the log under the admin's name.
    await page.goto("/admin/audit?action=audit.export");
    await expect(page.getByRole("table", { name: "Nhật ký hệ thống" })).toContainText(entityType);
  });

  test("a malformed filter in a shared link is named and ignored", async ({ page }) => {
    await page.goto(`/admin/audit?entityType=${entityType}&from=2026-02-31`);
    await expect(page.getByRole("alert").filter({ hasText: "Một số bộ lọc" })).toContainText(
      "Từ ngày: Ngày không có trên lịch.",
    );
    await expect(page.getByRole("table", { name: "Nhật ký hệ thống" }).getByRole("row")).toHaveCount(3);
    const response = await page.request.get("/admin/audit/export.csv?from=2026-02-31");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("Ngày không có trên lịch.");
  });
});

test.describe("anyone else", () => {
  test.use({ role: "compiler" });

  test("gets 404 for the page and the export", async ({ page }) => {
    const view = await page.goto("/admin/audit");
    expect(view?.status()).toBe(404);
    const file = await page.request.get(`/admin/audit/export.csv?entityType=${entityType}`);
    expect(file.status()).toBe(404);
    expect(await file.text()).not.toContain(entityType);
  });
});
