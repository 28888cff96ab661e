import { toIsoDate } from "../dates/format";
import { DAY_MS } from "../dates/vn-time";
import { type IsoDay, type PublicHoliday, publicHolidays } from "./holidays";

/** An admin's calendar row (CalendarDay): an announced day off, or a weekend day made a working day. */
export interface CalendarOverride {
  date: IsoDay;
  kind: "HOLIDAY" | "DAY_OFF" | "WORKING_DAY";
  name: string;
}

/** A day given as "yyyy-MM-dd", or an instant (its calendar day in Vietnam; `@db.Date` values work too). */
export type DayInput = IsoDay | Date;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoDay(day: DayInput): IsoDay {
  if (typeof day !== "string") return toIsoDate(day);
  if (!ISO_DAY.test(day)) throw new RangeError(`Not an ISO day: ${day}`);
  const probe = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== day)
    throw new RangeError(`Not a calendar day: ${day}`);
  return day;
}

const dayNumber = (iso: IsoDay) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDayNumber = (n: number): IsoDay => new Date(n * DAY_MS).toISOString().slice(0, 10);
const weekdayOfIso = (iso: IsoDay) => new Date(`${iso}T00:00:00Z`).getUTCDay();

export type DayKind = "WORKING_DAY" | "WEEKEND" | "HOLIDAY" | "DAY_OFF";

export interface DayInfo {
  date: IsoDay;
  kind: DayKind;
  working: boolean;
  /** The holiday's or announced day off's name; null on working days and plain weekends. */
  name: string | null;
}

/**
 * The working calendar of Vietnamese state bodies: Monday to Friday, less the public holidays (computed,
 * lunar ones included, for any year), less the days off the admin records, plus the make-up working days
 * the admin records. Pure: build it from the CalendarDay rows and ask it questions.
 */
export class WorkingCalendar {
  private readonly overrides = new Map<IsoDay, CalendarOverride>();
  private readonly holidayYears = new Map<number, Map<IsoDay, string>>();

  constructor(overrides: readonly CalendarOverride[] = []) {
    for (const o of overrides) this.overrides.set(toIsoDay(o.date), { ...o, date: toIsoDay(o.date) });
  }

  private holidaysOf(year: number): Map<IsoDay, string> {
    let map = this.holidayYears.get(year);
    if (!map) {
      map = new Map(publicHolidays(year).map((h) => [h.date, h.name]));
      this.holidayYears.set(year, map);
    }
    return map;
  }

  /** What a day is and why. */
  day(input: DayInput): DayInfo {
    const date = toIsoDay(input);
    const override = this.overrides.get(date);
    if (override?.kind === "WORKING_DAY")
      return { date, kind: "WORKING_DAY", working: true, name: override.name };
    if (override) return { date, kind: override.kind, working: false, name: override.name };
    const holiday = this.holidaysOf(Number(date.slice(0, 4))).get(date);
    if (holiday) return { date, kind: "HOLIDAY", working: false, name: holiday };
    const weekday = weekdayOfIso(date);
    if (weekday === 0 || weekday === 6) return { date, kind: "WEEKEND", working: false, name: null };
    return { date, kind: "WORKING_DAY", working: true, name: null };
  }

  isWorkingDay(day: DayInput): boolean {
    return this.day(day).working;
  }

  /** The holiday's or announced day off's name, or null. */
  holidayName(day: DayInput): string | null {
    const info = this.day(day);
    return info.kind === "HOLIDAY" || info.kind === "DAY_OFF" ? info.name : null;
  }

  /**
   * The n-th working day after `day` (n > 0) or before it (n < 0); n = 0 gives `day` itself when it is
   * a working day, else the next working day.
   */
  addWorkingDays(day: DayInput, n: number): IsoDay {
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
    let current = dayNumber(toIsoDay(day));
    if (n === 0) {
      while (!this.isWorkingDay(fromDayNumber(current))) current++;
      return fromDayNumber(current);
    }
    const step = n > 0 ? 1 : -1;
    let left = Math.abs(n);
    while (left > 0) {
      current += step;
      if (this.isWorkingDay(fromDayNumber(current))) left--;
    }
    return fromDayNumber(current);
  }

  /**
   * Working days from `from` to `to`: those after `from` up to and including `to` (so 1 from a working
   * day to the next one, 0 on the same day); negative when `to` is earlier.
   */
  workingDaysBetween(from: DayInput, to: DayInput): number {
    const a = dayNumber(toIsoDay(from));
    const b = dayNumber(toIsoDay(to));
    if (a === b) return 0;
    const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let n = lo + 1; n <= hi; n++) if (this.isWorkingDay(fromDayNumber(n))) count++;
    return sign * count;
  }

  /** Every non-working day of a year that is not a plain weekend (holidays, days off), with names. */
  daysOff(year: number): PublicHoliday[] {
    const out: PublicHoliday[] = [];
    for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
      const info = this.day(fromDayNumber(n));
      if (info.kind === "HOLIDAY" || info.kind === "DAY_OFF")
        out.push({ date: info.date, name: info.name ?? "" });
    }
    return out;
  }
}

export interface DeadlineDayNote {
  /** True when the deadline falls on a day nobody works (weekend, holiday, announced day off). */
  onDayOff: boolean;
  /** The holiday's name, or "Thứ Bảy"/"Chủ nhật" for a plain weekend; null on a working day. */
  reason: string | null;
  /** The next working day, for "hạn rơi vào ngày nghỉ; ngày làm việc kế tiếp …". */
  nextWorkingDay: IsoDay | null;
}

/** What the UI says of a deadline that falls on a day off (shown beside the date, never moved silently). */
export function deadlineDayNote(calendar: WorkingCalendar, deadline: DayInput): DeadlineDayNote {
  const info = calendar.day(deadline);
  if (info.working) return { onDayOff: false, reason: null, nextWorkingDay: null };
  const reason = info.name ?? (weekdayOfIso(info.date) === 0 ? "Chủ nhật" : "Thứ Bảy");
  return { onDayOff: true, reason, nextWorkingDay: calendar.addWorkingDays(info.date, 1) };
}
