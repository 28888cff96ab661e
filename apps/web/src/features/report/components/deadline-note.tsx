import { formatDate } from "@plan-tracker/core";
import { deadlineDayNote, type WorkingCalendar } from "@plan-tracker/core/calendar";
import { getTranslations } from "next-intl/server";

/**
 * Says when a deadline falls on a day off (5/12/2026 is a Saturday): the date is never moved silently,
 * the next working day is named beside it.
 */
export async function DeadlineNote({ calendar, date }: { calendar: WorkingCalendar; date: Date }) {
  const note = deadlineDayNote(calendar, date);
  if (!note.onDayOff || !note.nextWorkingDay) return null;
  const t = await getTranslations("report");
  const next = formatDate(new Date(`${note.nextWorkingDay}T00:00:00.000Z`));
  return <span className="font-normal"> ({t("dayOff", { reason: note.reason ?? "", next })})</span>;
}
