/** Vietnam's zone. It has kept UTC+7 without daylight saving since 1975, so plain arithmetic is exact. */
export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh";
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
const OFFSET_MS = VN_UTC_OFFSET_MINUTES * MINUTE_MS;

export type VnDateParts = { year: number; month: number; day: number };
export type VnDateTimeParts = VnDateParts & { hour: number; minute: number; second: number; weekday: number };

export function assertValidDate(d: Date): void {
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid Date");
}

/**
 * The wall clock in Vietnam for an instant. Reads UTC fields of a shifted instant, never the
 * process's local fields, so the answer does not depend on the server's TZ.
 * `weekday` is 0 for Sunday .. 6 for Saturday.
 */
export function vnDateTimeParts(d: Date): VnDateTimeParts {
  assertValidDate(d);
  const shifted = new Date(d.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The calendar day in Vietnam on which an instant falls (month 1-12). */
export function vnDateParts(d: Date): VnDateParts {
  const { year, month, day } = vnDateTimeParts(d);
  return { year, month, day };
}

/** True when year-month-day names a real calendar day (no 31/02, no month 13). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  probe.setUTCFullYear(year);
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The instant 00:00 in Vietnam of a calendar day (month 1-12). Throws on a day that does not exist. */
export function vnDate(year: number, month: number, day: number): Date {
  if (!isValidCalendarDate(year, month, day)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  const utcMidnight = new Date(Date.UTC(2000, month - 1, day));
  utcMidnight.setUTCFullYear(year);
  return new Date(utcMidnight.getTime() - OFFSET_MS);
}

/** 00:00 Vietnam time of the day on which `d` falls in Vietnam. */
export function startOfVnDay(d: Date): Date {
  assertValidDate(d);
  const shifted = d.getTime() + OFFSET_MS;
  return new Date(Math.floor(shifted / DAY_MS) * DAY_MS - OFFSET_MS);
}

/** Moves by whole Vietnam calendar days, keeping the wall-clock time (exact: no DST in Vietnam). */
export function addVnDays(d: Date, days: number): Date {
  assertValidDate(d);
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return new Date(d.getTime() + days * DAY_MS);
}

/** Whole Vietnam calendar days from `from`'s day to `to`'s day: 0 on the same day, negative when `to` is earlier. */
export function vnDayDiff(from: Date, to: Date): number {
  return Math.round((startOfVnDay(to).getTime() - startOfVnDay(from).getTime()) / DAY_MS);
}

/**
 * Calendar days from today (Vietnam) to the deadline's day: 1 the day before, 0 on the day itself
 * (still on time), negative once it has passed. The time of day of either instant does not matter.
 */
export function daysUntil(deadline: Date, now: Date): number {
  return vnDayDiff(now, deadline);
}

/** True when both instants fall on the same calendar day in Vietnam. */
export function isSameVnDay(a: Date, b: Date): boolean {
  return vnDayDiff(a, b) === 0;
}

/** Saturday or Sunday in Vietnam (public holidays are a separate calendar, not known here). */
export function isVnWeekend(d: Date): boolean {
  const { weekday } = vnDateTimeParts(d);
  return weekday === 0 || weekday === 6;
}
