import type { Localized } from "@plan-tracker/core";

/**
 * The scheduled notification kinds a user may take by email (in-app they always arrive). "period.proposal"
 * keeps its name (users' settings refer to it) for the notices of the period schedule.
 */
export const REMINDER_KINDS = [
  "reminder.agency",
  "reminder.compiler",
  "digest.weekly",
  "period.proposal",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const reminderKindLabel: Readonly<Record<ReminderKind, Localized>> = {
  "reminder.agency": {
    vi: "Nhắc cơ quan gửi báo cáo (7, 3, 1 ngày làm việc trước hạn và mỗi ngày quá hạn)",
    en: "Agency report reminders (7, 3, 1 working days before the deadline and each day it is late)",
  },
  "reminder.compiler": {
    vi: "Nhắc chuyên viên tổng hợp về các báo cáo còn thiếu trước hạn báo cáo UBND tỉnh",
    en: "Compiler reminders of missing reports before the provincial due date",
  },
  "digest.weekly": {
    vi: "Tổng hợp tình hình hằng tuần cho lãnh đạo",
    en: "Weekly digest for leaders",
  },
  "period.proposal": {
    vi: "Kỳ báo cáo mở theo lịch, hoặc chưa mở được vì kỳ trước còn mở",
    en: "A reporting period opened on schedule, or held back by one still open",
  },
};

export function isReminderKind(kind: string): kind is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}
