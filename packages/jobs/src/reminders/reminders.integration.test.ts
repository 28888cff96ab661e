import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderFixture, type ReminderFixture } from "../testing/fixture";
import { runReminders } from "./run";

let db: TestDatabase;
let fx: ReminderFixture;

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_reminders");
  fx = await createReminderFixture(db.prisma);
});
afterAll(async () => {
  await db?.destroy();
});

const at = (iso: string) => new Date(iso);
const notificationsOf = (userId: string) =>
  db.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("runReminders on PostgreSQL", () => {
  it("sends nothing eight working days before the deadline", async () => {
    const r = await runReminders(db.prisma, at("2026-11-13T08:00:00+07:00"));
    // The leaders' digest of week 46 is the only thing due on that Friday.
    expect(r).toMatchObject({ day: "2026-11-13", notifications: 1, emails: 1 });
    expect(await db.prisma.notification.count({ where: { kind: "reminder.agency" } })).toBe(0);
  });

  it("reminds the agency that has not submitted 7 working days before, once", async () => {
    const first = await runReminders(db.prisma, at("2026-11-16T08:00:00+07:00"));
    expect(first).toMatchObject({ notifications: 3, emails: 3 }); // approver + staff of STC, leader's digest W47
    const again = await runReminders(db.prisma, at("2026-11-16T15:00:00+07:00"));
    expect(again).toMatchObject({ notifications: 0, emails: 0 });
    const tuesday = await runReminders(db.prisma, at("2026-11-17T08:00:00+07:00"));
    expect(tuesday).toMatchObject({ notifications: 0, emails: 0 });

    const [n] = await notificationsOf(fx.users.stcStaff);
    expect(n).toMatchObject({
      kind: "reminder.agency",
      title: "Nhắc gửi báo cáo năm 2026 (182/KH-UBND) – hạn 25/11/2026",
      body: "Sở Tài chính còn 7 ngày làm việc để gửi báo cáo.",
      link: `/periods/${fx.periodId}/submission`,
      readAt: null,
    });
    expect(await notificationsOf(fx.users.sytStaff)).toEqual([]); // Sở Y tế has submitted
    const mail = await db.prisma.outboxEmail.findFirst({ where: { to: "chuyenvien@stc.kiengiang.gov.vn" } });
    expect(mail?.subject).toBe("[Nhắc việc] Báo cáo năm 2026 Kế hoạch 182/KH-UBND – hạn 25/11/2026");
    expect(mail?.text).toContain(`http://localhost:3000/periods/${fx.periodId}/submission`);
  });

  it("respects a user's choice to get agency reminders in-app only", async () => {
    await db.prisma.notificationPreference.create({
      data: { userId: fx.users.stcStaff, kind: "reminder.agency", email: false },
    });
    const d3 = await runReminders(db.prisma, at("2026-11-20T08:00:00+07:00"));
    expect(d3).toMatchObject({ notifications: 2, emails: 1 });
    expect(await db.prisma.outboxEmail.count({ where: { to: "chuyenvien@stc.kiengiang.gov.vn" } })).toBe(1);
  });

  it("says late on every working day after the deadline, and tells the compiler what is missing", async () => {
    const late = await runReminders(db.prisma, at("2026-11-26T08:00:00+07:00"));
    // STC ×2 (the staff member by email no more), the compiler's d-7, the first digest of week 48.
    expect(late).toMatchObject({ notifications: 4, emails: 3 });
    const compilerNote = (await notificationsOf(fx.users.compiler))[0];
    expect(compilerNote?.title).toBe("Còn 1/2 cơ quan chưa gửi báo cáo năm 2026 – hạn UBND tỉnh 05/12/2026");
    expect(compilerNote?.link).toBe(`/periods/${fx.periodId}/submissions`);
    // Weekend: nothing. Monday: the next late reminder and the new week's digest.
    expect(await runReminders(db.prisma, at("2026-11-28T08:00:00+07:00"))).toMatchObject({
      notifications: 0,
    });
    expect(await runReminders(db.prisma, at("2026-11-30T08:00:00+07:00"))).toMatchObject({
      notifications: 3,
    });
    const stc = await notificationsOf(fx.users.stcApprover);
    expect(stc.map((n) => n.title.slice(0, 8))).toEqual(["Nhắc gửi", "Nhắc gửi", "Quá hạn ", "Quá hạn "]);
  });

  it("stops once the agency submits", async () => {
    await db.prisma.agencySubmission.create({
      data: { periodId: fx.periodId, organizationId: (await stcId()) as string, state: "SUBMITTED" },
    });
    const r = await runReminders(db.prisma, at("2026-12-01T08:00:00+07:00"));
    expect(
      await db.prisma.notification.count({ where: { dedupeKey: { contains: "late:2026-12-01" } } }),
    ).toBe(0);
    expect(r.notifications).toBe(0); // the compiler's d-3 is on 2/12: nothing on 1/12
  });

  it("keys every row once per occurrence and user", async () => {
    const [n, e] = await Promise.all([
      db.prisma.notification.findMany({ select: { dedupeKey: true } }),
      db.prisma.outboxEmail.findMany({ select: { dedupeKey: true } }),
    ]);
    expect(n.every((r) => r.dedupeKey)).toBe(true);
    expect(new Set(n.map((r) => r.dedupeKey)).size).toBe(n.length);
    expect(new Set(e.map((r) => r.dedupeKey)).size).toBe(e.length);
  });
});

async function stcId() {
  return (await db.prisma.organization.findUnique({ where: { code: "STC" } }))?.id;
}
