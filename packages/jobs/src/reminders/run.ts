import type { PrismaClient } from "@plan-tracker/db";
import { loadWorkingCalendar } from "@plan-tracker/periods/working-calendar";
import { type DeliveryResult, deliverOccurrences } from "./deliver";
import { loadScheduleFacts } from "./load";
import { dueOccurrences } from "./plan";

/**
 * The daily pass: everything due at `now` (agency and compiler reminders, the weekly digest, the period
 * proposal), written once whatever the number of runs. Safe to run at any time and on any number of nodes.
 */
export async function runReminders(db: PrismaClient, now: Date): Promise<DeliveryResult & { day: string }> {
  const [calendar, facts] = await Promise.all([loadWorkingCalendar(db), loadScheduleFacts(db)]);
  const occurrences = dueOccurrences(facts, now, calendar);
  const result = await deliverOccurrences(db, occurrences);
  return { ...result, day: calendar.day(now).date };
}
