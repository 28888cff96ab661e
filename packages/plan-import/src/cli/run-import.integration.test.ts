/** `pnpm plan:import FILE` against a real PostgreSQL database: creates, refuses twice, asks about new organizations. */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { organizations } from "@plan-tracker/prisma/data/organizations";
import { seedOrganizations } from "@plan-tracker/prisma/seed-organizations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_182_SOURCE } from "../test-fixtures";
import { runImport } from "./run-import";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestPostgres("pt_plan_import_cli");
  await seedOrganizations(db.prisma, organizations);
});
afterAll(async () => {
  await db?.destroy();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(
    argv,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    async () => organizations,
    // The shared test database stays open for the next call.
    async () => ({ prisma: db.prisma, close: async () => {} }),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// Written for this test: a short plan naming an agency the seed directory lacks.
const NEW_AGENCY_PLAN = `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 12/KH-UBND
Kiên Giang, ngày 20 tháng 01 năm 2023

KẾ HOẠCH
Phát triển hạ tầng khu kinh tế năm 2023

I. NHIỆM VỤ
1. Ban Quản lý Khu kinh tế Phú Quốc chủ trì, phối hợp với Sở Xây dựng rà soát quy hoạch phân khu các khu chức năng, hoàn thành trong Quý II/2023.
2. Sở Kế hoạch và Đầu tư chủ trì tham mưu bố trí vốn đầu tư công cho hạ tầng khu kinh tế hàng năm.
II. TỔ CHỨC THỰC HIỆN
Sở Kế hoạch và Đầu tư tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hàng năm.
`;

describe("plan:import FILE (creates the plan)", () => {
  it("creates plan 182 and prints what it created", async () => {
    const { code, out, err } = await run(PLAN_182_SOURCE);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/Đã tạo Kế hoạch số 182\/KH-UBND/);
    expect(out).toMatch(/17 nhiệm vụ/);
    expect(await db.prisma.task.count()).toBe(17);
  });

  it("refuses the same plan a second time (exit 4), creating nothing", async () => {
    const { code, err } = await run(PLAN_182_SOURCE);
    expect(code).toBe(4);
    expect(err).toMatch(/đã có trong cơ sở dữ liệu/);
    expect(await db.prisma.plan.count()).toBe(1);
  });

  it("lists organizations the directory lacks and creates them only with --yes", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "plan-import-cli-")), "kh-12.txt");
    writeFileSync(file, NEW_AGENCY_PLAN);
    const refused = await run(file);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/Ban Quản lý Khu kinh tế Phú Quốc/);
    expect(refused.err).toMatch(/--yes/);
    expect(await db.prisma.plan.count()).toBe(1);

    const accepted = await run(file, "--yes");
    expect(accepted.err).toBe("");
    expect(accepted.code).toBe(0);
    const org = await db.prisma.organization.findFirstOrThrow({
      where: { name: "Ban Quản lý Khu kinh tế Phú Quốc" },
    });
    const task = await db.prisma.task.findFirstOrThrow({
      where: { code: "I.1", plan: { symbol: "12/KH-UBND" } },
    });
    expect(task.leadOrganizationId).toBe(org.id);
  });
});
