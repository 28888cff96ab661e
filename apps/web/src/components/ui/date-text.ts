import { formatDate, parseIsoDate, parseVnDate, toIsoDate } from "@plan-tracker/core";

/** The text DateField shows for an ISO day: "2026-12-05" -> "05/12/2026"; empty for none. */
export function display(iso: string | null | undefined): string {
  const day = iso ? parseIsoDate(iso) : null;
  return day ? formatDate(day) : (iso ?? "");
}

/**
 * The ISO day typed text names: d/m/yyyy with "/", "." or "-" (core's parseVnDate), or an ISO date as
 * pasted; null when empty; undefined when it is not a day of the calendar.
 */
export function isoOf(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const day = parseVnDate(trimmed) ?? parseIsoDate(trimmed);
  return day ? toIsoDate(day) : undefined;
}
