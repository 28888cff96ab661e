import "server-only";
import { type Actor, AppError, authorize } from "@plan-tracker/core";
import { type PublicHoliday, publicHolidays } from "@plan-tracker/core/calendar";
import type { PrismaClient } from "@plan-tracker/db";
import { recordAudit } from "@/server/audit";
import type { AddCalendarDayInput } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface CalendarYearView {
  year: number;
  holidays: PublicHoliday[];
  rows: { date: string; kind: "HOLIDAY" | "DAY_OFF" | "WORKING_DAY"; name: string }[];
}

/** A year's computed public holidays and the administrator's rows. One query. */
export async function loadCalendarYear(
  db: PrismaClient,
  actor: Actor,
  year: number,
): Promise<CalendarYearView> {
  authorize(actor, "settings.manage");
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: day(`${year}-01-01`), lte: day(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
  return {
    year,
    holidays: publicHolidays(year),
    rows: rows.map((r) => ({ date: iso(r.date), kind: r.kind, name: r.name })),
  };
}

type Context = { ip?: string | null; userAgent?: string | null };

/**
 * Records an announced day off, or a weekend made a working day (make-up day). A make-up working day must
 * be a Saturday or Sunday; a day off must not already be one. Replaces an earlier row for the same date.
 */
export async function addCalendarDay(
  db: PrismaClient,
  actor: Actor,
  input: AddCalendarDayInput,
  context: Context = {},
) {
  authorize(actor, "settings.manage");
  const weekday = day(input.date).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  if (input.kind === "WORKING_DAY" && !weekend)
    throw new AppError("VALIDATION", {
      message: "A make-up working day must be a weekend day",
      details: { fieldErrors: { date: ["workingDayNotWeekend"] } },
    });
  if (input.kind === "DAY_OFF" && weekend)
    throw new AppError("VALIDATION", {
      message: "A weekend day is already off",
      details: { fieldErrors: { date: ["dayOffOnWeekend"] } },
    });
  await db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day(input.date) } });
    await tx.calendarDay.upsert({
      where: { date: day(input.date) },
      create: { date: day(input.date), kind: input.kind, name: input.name },
      update: { kind: input.kind, name: input.name },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "calendarDay.set",
      entityType: "CalendarDay",
      entityId: input.date,
      ...(before ? { before: { kind: before.kind, name: before.name } } : {}),
      after: { kind: input.kind, name: input.name },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}

export async function removeCalendarDay(db: PrismaClient, actor: Actor, date: string, context: Context = {}) {
  authorize(actor, "settings.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: day(date) } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.calendarDay.delete({ where: { date: day(date) } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "calendarDay.remove",
      entityType: "CalendarDay",
      entityId: date,
      before: { kind: before.kind, name: before.name },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
