/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức, "Thuật toán tính âm lịch" (Computing the
 * Vietnamese lunar calendar), https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html, whose
 * published JavaScript (amlich.js) this follows function for function. New moons and solar terms come from
 * Jean Meeus, "Astronomical Algorithms" (1998), as in that page.
 *
 * Why our own code rather than a package: the rules are fixed by the time zone (the month starts on the day
 * of the new moon *in Vietnam*, UTC+7; China reckons in UTC+8), and that single parameter is what separates
 * e.g. Tết 1985 (21/01 in Vietnam, 20/02 in China) and Tết 2007 (17/02 vs 18/02). Chinese-calendar
 * packages (lunar-javascript and the like) get those years wrong for Vietnam, and the Vietnamese ones on
 * the registry are small and unmaintained; this is 150 lines we test against the dates the government
 * published.
 */

/** Vietnam's offset from UTC in hours: the one parameter of the algorithm. */
export const VN_LUNAR_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year (Tết of year N falls in January or February of solar year N). */
  year: number;
  /** A leap month (tháng nhuận) repeats the previous month's number. */
  leap: boolean;
}

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

const INT = Math.floor;
const PI = Math.PI;

/** Julian day number of a proleptic Gregorian (Julian before 15/10/1582) calendar day. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

export function jdToDate(jd: number): SolarDate {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return { year, month, day };
}

/** The instant (Julian day, UTC) of the k-th new moon after 1/1/1900 (Meeus, ch. 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

/** The sun's apparent longitude (radians, 0..2π) at a Julian day (Meeus, ch. 25, low precision). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * INT(L / (PI * 2));
  return L;
}

/** The solar term sector (0..11, 30° each) at the start of a local day. */
function sunLongitudeSector(dayNumber: number, timeZone: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return INT(newMoon(k) + 0.5 + timeZone / 24);
}

/** The first day of the 11th lunar month (the one holding the winter solstice) of solar year yy. */
function lunarMonth11(yy: number, timeZone: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / 29.530588853);
  let nm = newMoonDay(k, timeZone);
  if (sunLongitudeSector(nm, timeZone) >= 9) nm = newMoonDay(k - 1, timeZone);
  return nm;
}

/** Which month after month 11 is the leap one: the first month holding no major solar term. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last = 0;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar calendar day. */
export function solarToLunar(
  { year: yy, month: mm, day: dd }: SolarDate,
  timeZone = VN_LUNAR_TIME_ZONE,
): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  // The published code tries lunation k+1 then k from a mean-lunation estimate; near a few new moons
  // (7/5/2054, 9/4/2062) the true one is earlier still and it answered "day 0". Walk until it holds.
  let k = INT((dayNumber - 2415021.076998695) / 29.530588853) + 1;
  while (newMoonDay(k + 1, timeZone) <= dayNumber) k++;
  let monthStart = newMoonDay(k, timeZone);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k, timeZone);
  let a11 = lunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** The solar day of a lunar date, or null for a leap month that year does not have. */
export function lunarToSolar(
  { day, month, year, leap }: LunarDate,
  timeZone = VN_LUNAR_TIME_ZONE,
): SolarDate | null {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZone);
    b11 = lunarMonth11(year, timeZone);
  } else {
    a11 = lunarMonth11(year, timeZone);
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, timeZone);
  return jdToDate(monthStart + day - 1);
}

/** Mùng 1 Tết (first day of lunar year `year`) as a solar day. */
export function tetDay(year: number, timeZone = VN_LUNAR_TIME_ZONE): SolarDate {
  const d = lunarToSolar({ day: 1, month: 1, year, leap: false }, timeZone);
  if (!d) throw new RangeError(`No Tết for ${year}`);
  return d;
}
