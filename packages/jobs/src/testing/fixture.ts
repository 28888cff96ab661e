import { userSearchKey } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";

export interface ReminderFixture {
  periodId: string;
  planId: string;
  users: Record<"compiler" | "leader" | "stcApprover" | "stcStaff" | "sytStaff" | "admin", string>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A small province: the focal department (Sở KH&ĐT) with a compiler, two agencies (Sở Tài chính has not
 * reported, Sở Y tế has submitted), a leader, plan 182 with two tasks, and the 2026 period open
 * (agency deadline 25/11, due 5/12).
 */
export async function createReminderFixture(db: PrismaClient): Promise<ReminderFixture> {
  const org = (code: string, name: string, kind: "DEPARTMENT" | "PROVINCIAL_PC") =>
    db.organization.create({ data: { code, name, shortName: code, kind, searchKey: name.toLowerCase() } });
  const ubnd = await org("UBND", "Ủy ban nhân dân tỉnh Kiên Giang", "PROVINCIAL_PC");
  const skhdt = await org("SKHDT", "Sở Kế hoạch và Đầu tư", "DEPARTMENT");
  const stc = await org("STC", "Sở Tài chính", "DEPARTMENT");
  const syt = await org("SYT", "Sở Y tế", "DEPARTMENT");
  const user = async (email: string, name: string, organizationId: string, role: string) => {
    const u = await db.user.create({
      data: {
        email,
        name,
        searchKey: userSearchKey({ name, email }),
        memberships: { create: { organizationId, role: role as never } },
      },
    });
    return u.id;
  };
  const users = {
    compiler: await user("tonghop@skhdt.kiengiang.gov.vn", "Chuyên viên tổng hợp", skhdt.id, "COMPILER"),
    leader: await user("lanhdao@kiengiang.gov.vn", "Lãnh đạo UBND tỉnh", ubnd.id, "LEADER"),
    stcApprover: await user("giamdoc@stc.kiengiang.gov.vn", "Giám đốc Sở Tài chính", stc.id, "APPROVER"),
    stcStaff: await user("chuyenvien@stc.kiengiang.gov.vn", "Chuyên viên Sở Tài chính", stc.id, "STAFF"),
    sytStaff: await user("chuyenvien@syt.kiengiang.gov.vn", "Chuyên viên Sở Y tế", syt.id, "STAFF"),
    admin: await user("admin@kiengiang.gov.vn", "Quản trị", ubnd.id, "ADMIN"),
  };
  const plan = await db.plan.create({
    data: {
      number: "182",
      symbol: "182/KH-UBND",
      issuedOn: day("2021-09-17"),
      place: "Kiên Giang",
      issuerId: ubnd.id,
      signerName: "Lâm Minh Thành",
      signerTitle: "Chủ tịch",
      title: "Kế hoạch thực hiện Chiến lược",
      focalOrganizationId: skhdt.id,
      validFromYear: 2021,
      validToYear: 2030,
      reportDueDay: 5,
      reportDueMonth: 12,
      searchKey: "ke hoach 182",
    },
  });
  const section = await db.section.create({
    data: {
      planId: plan.id,
      code: "II",
      number: "II",
      heading: "Nhiệm vụ",
      order: 1,
      depth: 1,
      searchKey: "nhiem vu",
    },
  });
  await db.task.create({
    data: {
      planId: plan.id,
      sectionId: section.id,
      code: "II.1",
      content: "Cân đối ngân sách",
      order: 1,
      leadOrganizationId: stc.id,
      kind: "CONTINUOUS",
      searchKey: "can doi ngan sach",
      coordinators: { create: { organizationId: syt.id } },
    },
  });
  const period = await db.reportingPeriod.create({
    data: {
      planId: plan.id,
      year: 2026,
      cutoffDate: day("2026-11-15"),
      agencyDeadline: day("2026-11-25"),
      reportDueDate: day("2026-12-05"),
    },
  });
  await db.agencySubmission.create({
    data: {
      periodId: period.id,
      organizationId: syt.id,
      state: "SUBMITTED",
      submittedAt: new Date("2026-11-10T03:00:00Z"),
    },
  });
  return { periodId: period.id, planId: plan.id, users };
}
