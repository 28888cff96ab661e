import { type CalendarOverride, WorkingCalendar } from "@plan-tracker/core/calendar";
import type { PrismaClient } from "@plan-tracker/db";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The working calendar with the administrator's rows (CalendarDay): what period dates and reminders count
 * working days with. One query.
 */
export async function loadWorkingCalendar(db: Pick<PrismaClient, "calendarDay">): Promise<WorkingCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  return new WorkingCalendar(
    rows.map((r): CalendarOverride => ({ date: isoDay(r.date), kind: r.kind, name: r.name })),
  );
}
