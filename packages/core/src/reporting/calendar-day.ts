/**
 * A calendar day ("2026-12-05") as stored in a `@db.Date` column: UTC midnight of that day. Vietnam (UTC+7)
 * is past midnight then, so `formatDate` shows the same day; never build these from local time.
 */
export function calendarDayToDate(isoDay: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new RangeError(`Not an ISO day: ${isoDay}`);
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay)
    throw new RangeError(`Not a calendar day: ${isoDay}`);
  return date;
}

/** The calendar day of a `@db.Date` value (UTC midnight), as "yyyy-MM-dd". */
export function dateToCalendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
