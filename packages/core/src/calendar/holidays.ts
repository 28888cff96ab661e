import { jdFromDate, jdToDate, lunarToSolar, type SolarDate, tetDay } from "./lunar";

/** A calendar day as "yyyy-MM-dd" (a day in Vietnam, not an instant). */
export type IsoDay = string;

export interface PublicHoliday {
  date: IsoDay;
  /** Vietnamese name, as shown in the UI. */
  name: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const isoOf = ({ year, month, day }: SolarDate): IsoDay => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function shift(d: SolarDate, days: number): SolarDate {
  return jdToDate(jdFromDate(d.day, d.month, d.year) + days);
}

/** 0 Sunday .. 6 Saturday (the Julian day number is Monday-based: jd % 7 === 0 on a Monday). */
export function weekdayOf(d: SolarDate): number {
  return (jdFromDate(d.day, d.month, d.year) + 1) % 7;
}

/**
 * The adjacent day of Quốc khánh (Labour Code 2019 art. 112(1)(đ): "02 ngày (ngày 02 tháng 9 dương lịch và
 * 01 ngày liền kề trước hoặc sau)"). The Prime Minister picks it yearly; by default we pick the weekday
 * neighbour that joins the break to a weekend, else 1/9 — which reproduces the choices of 2021-2025
 * (3/9, 1/9, 1/9, 3/9, 1/9). The admin's calendar rows override it.
 */
export function nationalDayAdjacent(year: number): SolarDate {
  const before = { year, month: 9, day: 1 };
  const after = { year, month: 9, day: 3 };
  const weekday = weekdayOf({ year, month: 9, day: 2 });
  const isWeekday = (w: number) => w >= 1 && w <= 5;
  const wBefore = (weekday + 6) % 7;
  const wAfter = (weekday + 1) % 7;
  if (!isWeekday(wBefore)) return after;
  if (!isWeekday(wAfter)) return before;
  // Both weekdays: the one that touches a weekend (Monday before, Friday after) makes one long break.
  if (wAfter === 5) return after;
  return before;
}

/**
 * Vietnam's public holidays of a solar year (Labour Code 2019, art. 112(1)): 1/1; Tết Nguyên đán, 05 days
 * laid out yearly by the Government — by default the last day of the old lunar year (30 Tết, or 29 when
 * the 12th month is short) and mùng 1-4; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and one
 * adjacent day. Compensatory days (a holiday on a weekend) and the Government's yearly layout are
 * announced separately: the admin adds them as calendar rows.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  const tet = tetDay(year);
  const days: PublicHoliday[] = [
    { date: `${pad(year, 4)}-01-01`, name: "Tết Dương lịch" },
    { date: isoOf(shift(tet, -1)), name: "Tết Nguyên đán (ngày cuối năm Âm lịch)" },
    { date: isoOf(tet), name: "Tết Nguyên đán (mùng 1)" },
    { date: isoOf(shift(tet, 1)), name: "Tết Nguyên đán (mùng 2)" },
    { date: isoOf(shift(tet, 2)), name: "Tết Nguyên đán (mùng 3)" },
    { date: isoOf(shift(tet, 3)), name: "Tết Nguyên đán (mùng 4)" },
  ];
  const gioTo = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (gioTo) days.push({ date: isoOf(gioTo), name: "Giỗ Tổ Hùng Vương (10/3 Âm lịch)" });
  days.push(
    { date: `${pad(year, 4)}-04-30`, name: "Ngày Chiến thắng (30/4)" },
    { date: `${pad(year, 4)}-05-01`, name: "Ngày Quốc tế Lao động (1/5)" },
    { date: `${pad(year, 4)}-09-02`, name: "Quốc khánh (2/9)" },
    { date: isoOf(nationalDayAdjacent(year)), name: "Quốc khánh (ngày liền kề)" },
  );
  // Tết falls between 21/1 and 20/2, so its eve too lies in the same solar year: one lunar year suffices.
  // Giỗ Tổ can coincide with 30/4 (1947 did): one day, both names.
  const byDate = new Map<IsoDay, string>();
  for (const d of days) byDate.set(d.date, byDate.has(d.date) ? `${byDate.get(d.date)}; ${d.name}` : d.name);
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
