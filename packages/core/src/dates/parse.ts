import { isValidCalendarDate, vnDate } from "./vn-time";

// d/m/yyyy with one separator used twice: "05/12/2026", "5/12/2026", "11-6-2020", "27.11.2020".
const VN_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fromParts(year: number, month: number, day: number): Date | null {
  return isValidCalendarDate(year, month, day) ? vnDate(year, month, day) : null;
}

/**
 * A day typed the Vietnamese way (day first) -> 00:00 of that day in Vietnam, or null.
 * Strict about the calendar (31/02/2026 is null) and the shape (no time, no two-digit year),
 * lenient only about leading zeros and the separator, as people type and documents print them.
 */
export function parseVnDate(text: string): Date | null {
  const match = VN_DATE.exec(text.trim());
  if (!match) return null;
  return fromParts(Number(match[4]), Number(match[3]), Number(match[1]));
}

/** "2026-12-05" (an `<input type="date">` value) -> 00:00 of that day in Vietnam, or null. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  return fromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
