import type { Localized } from "../locale";
import type { DisplayCategory, ReportedStatus, TaskKind } from "./types";

/** Official categories in the wording of the regime, plus "Chưa báo cáo" for dashboards. */
export const officialCategoryLabel: Readonly<Record<DisplayCategory, Localized>> = {
  COMPLETED_ON_TIME: { vi: "Hoàn thành đúng hạn", en: "Completed on time" },
  COMPLETED_LATE: { vi: "Hoàn thành quá hạn", en: "Completed late" },
  IN_PROGRESS_ON_TIME: { vi: "Đang thực hiện trong hạn", en: "In progress, on schedule" },
  OVERDUE: { vi: "Quá hạn chưa hoàn thành", en: "Overdue, not completed" },
  RECURRING: { vi: "Thực hiện thường xuyên", en: "Ongoing (recurring)" },
  NOT_REPORTED: { vi: "Chưa báo cáo", en: "Not reported" },
};

export const reportedStatusLabel: Readonly<Record<ReportedStatus, Localized>> = {
  NOT_STARTED: { vi: "Chưa triển khai", en: "Not started" },
  IN_PROGRESS: { vi: "Đang thực hiện", en: "In progress" },
  COMPLETED: { vi: "Hoàn thành", en: "Completed" },
  DONE_THIS_YEAR: { vi: "Đã thực hiện trong năm", en: "Done this year" },
  BLOCKED: { vi: "Gặp vướng mắc", en: "Blocked" },
};

export const taskKindLabel: Readonly<Record<TaskKind, Localized>> = {
  ONE_OFF: { vi: "Có thời hạn", en: "One-off (with due date)" },
  RECURRING: { vi: "Hằng năm", en: "Yearly" },
  CONTINUOUS: { vi: "Thường xuyên", en: "Continuous" },
};
