import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { assertValidDate, VN_TIME_ZONE, type VnDateParts, vnDateParts } from "./vn-time";

// Every pattern is read in Vietnam's zone, whatever the server's TZ.
const inVietnam = tz(VN_TIME_ZONE);

function formatVn(d: Date, pattern: string): string {
  assertValidDate(d);
  return format(d, pattern, { in: inVietnam });
}

/** "05/12/2026": the UI's date, in Vietnam time. */
export function formatDate(d: Date): string {
  return formatVn(d, "dd/MM/yyyy");
}

/** "05/12/2026 14:30" in Vietnam time, 24-hour clock. */
export function formatDateTime(d: Date): string {
  return formatVn(d, "dd/MM/yyyy HH:mm");
}

/** "14:30" in Vietnam time. */
export function formatTime(d: Date): string {
  return formatVn(d, "HH:mm");
}

/** "ngày 05/12/2026", as running Vietnamese text cites a date. */
export function formatDateLong(d: Date): string {
  return `ngày ${formatDate(d)}`;
}

/**
 * "ngày 05 tháng 12 năm 2026" as Decree 30/2020/NĐ-CP writes dates in documents: a leading zero
 * for days below 10 and for months 1 and 2 only (so "tháng 02" but "tháng 3"), which keeps
 * "tháng 1"/"tháng 2" from being altered into "tháng 11"/"tháng 12" on paper.
 */
export function officialDateText(d: Date): string {
  const { year, month, day } = vnDateParts(d);
  return officialDateTextOf({ year, month, day });
}

export function officialDateTextOf({ year, month, day }: VnDateParts): string {
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The place-and-date line of an official document: "Kiên Giang, ngày 05 tháng 12 năm 2026". */
export function officialDateLine(place: string, d: Date): string {
  return `${place.trim()}, ${officialDateText(d)}`;
}

/** "2026-12-05": the Vietnam day as an ISO date, for `<input type="date">` values and URLs. */
export function toIsoDate(d: Date): string {
  return formatVn(d, "yyyy-MM-dd");
}
