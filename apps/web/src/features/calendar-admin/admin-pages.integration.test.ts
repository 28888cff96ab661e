import type { WorkingCalendar } from "@plan-tracker/core/calendar";
import { createTestPostgres, type TestDatabase } from "@plan-tracker/db/testing";
import { loadWorkingCalendar } from "@plan-tracker/periods/working-calendar";
import { setupDatabase } from "@plan-tracker/setup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadJobsView } from "@/features/jobs-admin/data";
import { loadEmailChoices, saveEmailChoices } from "@/features/notification-settings/preferences";
import { listOutbox, loadOutboxEmail } from "@/features/outbox/data";
import type { SessionActor } from "@/server/session";
import { actorFor, closeAppClient, codeOf } from "@/testing/integration";
import { addCalendarDay, loadCalendarYear, removeCalendarDay } from "./calendar-days";

let db: TestDatabase;
let admin: SessionActor;
let staff: SessionActor;

beforeAll(async () => {
  db = await createTestPostgres("pt_jobs_admin");
  await setupDatabase(db, { demo: true });
  process.env.DATABASE_URL = db.url;
  admin = await actorFor(db.prisma, "admin@kiengiang.example");
  staff = await actorFor(db.prisma, "chuyenvien.stnmt@kiengiang.example");
});
afterAll(async () => {
  await closeAppClient();
  await db?.destroy();
});

describe("working calendar administration", () => {
  it("records a day off and a make-up day that the reminder schedule then uses, audited", async () => {
    await addCalendarDay(db.prisma, admin, { date: "2027-02-10", kind: "DAY_OFF", name: "Nghỉ Tết" });
    await addCalendarDay(db.prisma, admin, { date: "2027-02-20", kind: "WORKING_DAY", name: "Làm bù" });
    const view = await loadCalendarYear(db.prisma, admin, 2027);
    expect(view.rows.map((r) => r.date)).toEqual(["2027-02-10", "2027-02-20"]);
    expect(view.holidays.find((h) => h.date === "2027-02-06")?.name).toBe("Tết Nguyên đán (mùng 1)");
    const calendar: WorkingCalendar = await loadWorkingCalendar(db.prisma);
    expect(calendar.isWorkingDay("2027-02-10")).toBe(false);
    expect(calendar.isWorkingDay("2027-02-20")).toBe(true);
    await removeCalendarDay(db.prisma, admin, "2027-02-20");
    expect((await loadWorkingCalendar(db.prisma)).isWorkingDay("2027-02-20")).toBe(false);
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityType: "CalendarDay" },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true },
    });
    expect(audit).toEqual([
      { action: "calendarDay.set", entityId: "2027-02-10" },
      { action: "calendarDay.set", entityId: "2027-02-20" },
      { action: "calendarDay.remove", entityId: "2027-02-20" },
    ]);
  });

  it("refuses a weekday as a make-up day, and anyone but an administrator", async () => {
    expect(
      await codeOf(addCalendarDay(db.prisma, admin, { date: "2027-02-11", kind: "WORKING_DAY", name: "x" })),
    ).toBe("VALIDATION");
    expect(
      await codeOf(addCalendarDay(db.prisma, staff, { date: "2027-02-12", kind: "DAY_OFF", name: "x" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(loadCalendarYear(db.prisma, staff, 2027))).toBe("FORBIDDEN");
  });
});

describe("notification settings", () => {
  it("are on by default, saved per user, audited, and nobody else's", async () => {
    expect(Object.values(await loadEmailChoices(db.prisma, staff)).every(Boolean)).toBe(true);
    await saveEmailChoices(db.prisma, staff, {
      "reminder.agency": false,
      "reminder.compiler": true,
      "digest.weekly": true,
      "period.proposal": true,
    });
    expect((await loadEmailChoices(db.prisma, staff))["reminder.agency"]).toBe(false);
    expect((await loadEmailChoices(db.prisma, admin))["reminder.agency"]).toBe(true);
    expect(await db.prisma.auditEvent.count({ where: { action: "notificationPreference.update" } })).toBe(1);
  });
});

describe("outbox and jobs pages", () => {
  it("are the administrator's only", async () => {
    expect(await codeOf(listOutbox(db.prisma, staff))).toBe("FORBIDDEN");
    expect(await codeOf(loadJobsView(db.prisma, staff))).toBe("FORBIDDEN");
    const email = await db.prisma.outboxEmail.create({
      data: { to: "a@b.vn", subject: "Thư", text: "Nội dung", html: "<p>Nội dung</p>" },
    });
    expect(await codeOf(loadOutboxEmail(db.prisma, staff, email.id))).toBe("FORBIDDEN");
    expect((await listOutbox(db.prisma, admin)).rows.map((r) => r.id)).toContain(email.id);
    expect(await codeOf(loadOutboxEmail(db.prisma, admin, "nope"))).toBe("NOT_FOUND");
    // No worker has run on this database: the page says so instead of failing.
    expect(await loadJobsView(db.prisma, admin)).toEqual({ started: false });
  });
});
