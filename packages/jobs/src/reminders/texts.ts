import { formatDate, type Localized } from "@plan-tracker/core";
import { calendarDayToDate } from "@plan-tracker/core/reporting/calendar-day";
import type { EmailParts } from "../mail/html";
import {
  agencyReminderEmail,
  compilerReminderEmail,
  periodScheduleEmail,
  weeklyDigestEmail,
} from "../mail/templates";
import type { Occurrence } from "./plan";

const day = (iso: string) => calendarDayToDate(iso);

/** The in-app notification of an occurrence, in each UI language. */
export function notificationText(o: Occurrence): { title: Localized; body: Localized } {
  const m = o.message;
  switch (m.type) {
    case "agency": {
      const deadline = formatDate(day(m.agencyDeadline));
      return m.workingDaysLate !== null
        ? {
            title: {
              vi: `Quá hạn gửi báo cáo ${m.period} (${m.planSymbol})`,
              en: `Report for ${m.period} overdue (${m.planSymbol})`,
            },
            body: {
              vi: `${m.agencyName} chưa gửi báo cáo; hạn ${deadline} đã qua ${m.workingDaysLate} ngày làm việc.`,
              en: `${m.agencyName} has not sent its report; the deadline ${deadline} passed ${m.workingDaysLate} working day(s) ago.`,
            },
          }
        : {
            title: {
              vi: `Nhắc gửi báo cáo ${m.period} (${m.planSymbol}) – hạn ${deadline}`,
              en: `Reminder: report for ${m.period} (${m.planSymbol}) due ${deadline}`,
            },
            body: {
              vi: `${m.agencyName} còn ${m.workingDaysLeft} ngày làm việc để gửi báo cáo.`,
              en: `${m.agencyName} has ${m.workingDaysLeft} working day(s) left to send its report.`,
            },
          };
    }
    case "compiler": {
      const due = formatDate(day(m.reportDueDate));
      return {
        title: {
          vi: `Còn ${m.notSubmitted}/${m.total} cơ quan chưa gửi báo cáo ${m.period} – hạn UBND tỉnh ${due}`,
          en: `${m.notSubmitted}/${m.total} agencies have not reported for ${m.period} – provincial due date ${due}`,
        },
        body: {
          vi: `${m.awaitingReview} báo cáo chờ xem xét; còn ${m.workingDaysLeft} ngày làm việc.`,
          en: `${m.awaitingReview} report(s) awaiting review; ${m.workingDaysLeft} working day(s) left.`,
        },
      };
    }
    case "digest":
      return {
        title: {
          vi: `Tổng hợp tuần: báo cáo ${m.period} (${m.planSymbol})`,
          en: `Weekly digest: reports for ${m.period} (${m.planSymbol})`,
        },
        body: {
          vi: `${m.accepted}/${m.total} đã tiếp nhận, ${m.submitted} chờ xem xét, ${m.returned} trả lại, ${m.drafting} đang soạn, ${m.notStarted} chưa bắt đầu.`,
          en: `${m.accepted}/${m.total} accepted, ${m.submitted} awaiting review, ${m.returned} returned, ${m.drafting} drafting, ${m.notStarted} not started.`,
        },
      };
    case "opened":
      return {
        title: {
          vi: `Đã mở kỳ báo cáo ${m.period} (${m.planSymbol})`,
          en: `Reporting period ${m.period} opened (${m.planSymbol})`,
        },
        body: {
          vi: `Mở theo chu kỳ báo cáo của kế hoạch: hạn cơ quan gửi ${formatDate(day(m.agencyDeadline))}, hạn báo cáo UBND tỉnh ${formatDate(day(m.reportDueDate))}. Kiểm tra và điều chỉnh các mốc nếu cần.`,
          en: `Opened on the plan's reporting cycle: agencies report by ${formatDate(day(m.agencyDeadline))}, due to the province ${formatDate(day(m.reportDueDate))}. Check the dates.`,
        },
      };
    case "blocked":
      return {
        title: {
          vi: `Chưa mở được kỳ báo cáo ${m.period} (${m.planSymbol})`,
          en: `Reporting period ${m.period} not opened (${m.planSymbol})`,
        },
        body: {
          vi: `Kỳ ${m.openPeriod} vẫn đang mở. Chuyển kỳ đó sang «Đang tổng hợp» để mở kỳ mới.`,
          en: `Period ${m.openPeriod} is still open. Move it to compiling to open the new one.`,
        },
      };
  }
}

/** The email of an occurrence (Vietnamese: official correspondence). */
export function occurrenceEmail(o: Occurrence): EmailParts {
  const m = o.message;
  switch (m.type) {
    case "agency":
      return agencyReminderEmail({
        agencyName: m.agencyName,
        planNumber: m.planSymbol,
        period: m.period,
        agencyDeadline: day(m.agencyDeadline),
        link: o.link,
        late: m.workingDaysLate !== null,
        workingDaysLeft: m.workingDaysLeft ?? undefined,
      });
    case "compiler":
      return compilerReminderEmail({ ...m, reportDueDate: day(m.reportDueDate), link: o.link });
    case "digest":
      return weeklyDigestEmail({
        ...m,
        agencyDeadline: day(m.agencyDeadline),
        reportDueDate: day(m.reportDueDate),
        link: o.link,
      });
    case "opened":
      return periodScheduleEmail({
        planSymbol: m.planSymbol,
        period: m.period,
        link: o.link,
        outcome: {
          opened: true,
          agencyDeadline: day(m.agencyDeadline),
          reportDueDate: day(m.reportDueDate),
        },
      });
    case "blocked":
      return periodScheduleEmail({
        planSymbol: m.planSymbol,
        period: m.period,
        link: o.link,
        outcome: { opened: false, openPeriod: m.openPeriod },
      });
  }
}
